<?php

namespace Illuminate\Queue;

use Illuminate\Container\Container;
use Illuminate\Contracts\Queue\Job;

class CallQueuedHandler
{
    public function __construct(protected Container $container)
    {
    }

    public function call(Job $job, array $data): void
    {
        $command = unserialize($data['command']);
        if (method_exists($command, 'setJob')) {
            $command->setJob($job);
        }

        $this->container->call([$command, 'handle']);

        if (!$job->isDeleted()) {
            $job->delete();
        }
    }
}
