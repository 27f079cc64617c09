<?php

declare(strict_types=1);

namespace App\Messenger;

use Acme\Profiler\Profiler;
use Symfony\Component\Messenger\WorkerMessageHandledEvent;

/**
 * Reports slow handlers once the worker has finished a message.
 */
final class ProfilerSubscriber
{
    /** @var list<string> */
    public array $slow = [];

    public function onMessageHandled(WorkerMessageHandledEvent $event): void
    {
        foreach (Profiler::instance()->timers() as $name => $timer) {
            if ($timer->stoppedAt !== null && $timer->stoppedAt - $timer->startedAt > 5.0) {
                $this->slow = [$name];
            }
        }
    }
}
