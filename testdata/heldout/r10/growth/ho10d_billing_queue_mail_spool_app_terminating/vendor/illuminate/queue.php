<?php

declare(strict_types=1);

namespace Illuminate\Queue
{
    use Illuminate\Events\Dispatcher;
    use Illuminate\Queue\Events\JobProcessed;
    use Illuminate\Queue\Events\JobProcessing;

    interface ShouldQueue
    {
    }

    final class QueuedJob
    {
        public function __construct(public readonly string $id, public readonly string $queue, public readonly object $command)
        {
        }
    }

    interface Queue
    {
        public function pop(string $queue): ?QueuedJob;
    }

    final class WorkerOptions
    {
        public function __construct(public int $maxJobs = 0, public int $sleep = 3, public bool $stopWhenEmpty = false)
        {
        }
    }

    class Worker
    {
        public function __construct(
            private readonly Queue $queue,
            private readonly Dispatcher $events,
            private readonly \Closure $handlerResolver,
        ) {
        }

        public function daemon(string $queueName, WorkerOptions $options): int
        {
            $processed = 0;
            while (true) {
                $job = $this->queue->pop($queueName);
                if ($job === null) {
                    if ($options->stopWhenEmpty) {
                        return 0;
                    }
                    continue;
                }
                $this->events->dispatch(new JobProcessing($job));
                ($this->handlerResolver)($job->command)->handle($job->command);
                $this->events->dispatch(new JobProcessed($job));

                if ($options->maxJobs > 0 && ++$processed >= $options->maxJobs) {
                    return 0;
                }
            }
        }
    }
}

namespace Illuminate\Queue\Events
{
    use Illuminate\Queue\QueuedJob;

    final class JobProcessing
    {
        public function __construct(public readonly QueuedJob $job)
        {
        }
    }

    final class JobProcessed
    {
        public function __construct(public readonly QueuedJob $job)
        {
        }
    }
}
