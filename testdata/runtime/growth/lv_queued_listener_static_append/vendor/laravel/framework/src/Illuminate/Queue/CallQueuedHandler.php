<?php

namespace Illuminate\Queue;

use Illuminate\Contracts\Bus\Dispatcher;
use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\Job;

class CallQueuedHandler
{
    public function __construct(protected Dispatcher $dispatcher, protected Container $container)
    {
    }

    public function call(Job $job, array $data): void
    {
        $command = unserialize($data['command']);
        $this->dispatcher->dispatchNow($command);
        $job->delete();
    }
}
