<?php

namespace Illuminate\Queue\Events {
    final class JobProcessed
    {
        public function __construct(public readonly string $connectionName, public readonly object $job)
        {
        }
    }
}

namespace Illuminate\Queue {
    use Illuminate\Container\Container;
    use Illuminate\Events\Dispatcher;
    use Illuminate\Queue\Events\JobProcessed;

    interface Queue
    {
        public function pop(string $queue): ?object;
    }

    /** `php artisan queue:work --max-jobs=N`: one process, many jobs. */
    final class Worker
    {
        public function __construct(private Queue $connection, private Dispatcher $events, private Container $container)
        {
        }

        public function daemon(string $connectionName, string $queue, int $maxJobs): void
        {
            for ($processed = 0; $processed < $maxJobs;) {
                $job = $this->connection->pop($queue);
                if ($job === null) {
                    continue;
                }
                $this->container->call($job, 'handle');
                $this->events->dispatch(new JobProcessed($connectionName, $job));
                ++$processed;
            }
        }
    }
}
