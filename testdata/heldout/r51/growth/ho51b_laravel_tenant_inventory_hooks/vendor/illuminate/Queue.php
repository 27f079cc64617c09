<?php
namespace Illuminate\Queue {
    use Illuminate\Container\Container;
    use Illuminate\Contracts\Queue\Job as JobContract;

    class WorkerOptions
    {
        public function __construct(
            public string $name = 'default',
            public int $backoff = 0,
            public int $memory = 128,
            public int $timeout = 60,
            public int $sleep = 3,
            public int $maxTries = 1,
            public bool $force = false,
            public bool $stopWhenEmpty = false,
            public int $maxJobs = 0,
            public int $maxTime = 0,
            public int $rest = 0,
        ) {
        }
    }

    class CallQueuedHandler
    {
        public function __construct(protected Container $container)
        {
        }

        public function call(JobContract $job, array $data): void
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

    abstract class Job implements JobContract
    {
        protected bool $deleted = false;

        public function __construct(protected Container $container, protected string $connectionName, protected string $queue)
        {
        }

        abstract public function getRawBody(): string;

        public function payload(): array
        {
            return json_decode($this->getRawBody(), true);
        }

        public function fire(): void
        {
            $payload = $this->payload();
            [$class, $method] = explode('@', $payload['job']);
            $this->container->make($class)->{$method}($this, $payload['data']);
        }

        public function delete(): void
        {
            $this->deleted = true;
        }

        public function isDeleted(): bool
        {
            return $this->deleted;
        }
    }

    interface RedisConnection
    {
        public function lpop(string $key): ?string;
        public function zadd(string $key, int $score, string $member): void;
        public function zrem(string $key, string $member): void;
    }

    class RedisJob extends Job
    {
        public function __construct(Container $container, private RedisQueue $redis, private string $job, private string $reserved, string $connectionName, string $queue)
        {
            parent::__construct($container, $connectionName, $queue);
        }

        public function getRawBody(): string
        {
            return $this->job;
        }

        public function getJobId(): string
        {
            return $this->payload()['id'];
        }

        public function attempts(): int
        {
            return ($this->payload()['attempts'] ?? 0) + 1;
        }

        public function delete(): void
        {
            parent::delete();
            $this->redis->deleteReserved($this->queue, $this);
        }

        public function getReservedJob(): string
        {
            return $this->reserved;
        }
    }

    class RedisQueue
    {
        public function __construct(private RedisConnection $redis, private string $default = 'default', private ?Container $container = null)
        {
        }

        public function setContainer(Container $container): void
        {
            $this->container = $container;
        }

        public function pop(?string $queue = null): ?RedisJob
        {
            $queue = 'queues:' . ($queue ?? $this->default);
            $job = $this->redis->lpop($queue);
            if ($job === null) {
                return null;
            }
            $reserved = json_encode(['attempts' => 1] + json_decode($job, true));
            $this->redis->zadd($queue . ':reserved', time() + 60, $reserved);
            return new RedisJob($this->container, $this, $job, $reserved, 'redis', $queue);
        }

        public function deleteReserved(string $queue, RedisJob $job): void
        {
            $this->redis->zrem($queue . ':reserved', $job->getReservedJob());
        }
    }

    class Worker
    {
        public bool $shouldQuit = false;

        public function __construct(protected RedisQueue $connection, protected \Closure $isDownForMaintenance)
        {
        }

        public function daemon(string $connectionName, string $queue, WorkerOptions $options): int
        {
            $jobsProcessed = 0;
            while (true) {
                if (($this->isDownForMaintenance)()) {
                    return 0;
                }
                $job = $this->connection->pop($queue);
                if ($job === null) {
                    if ($options->stopWhenEmpty) {
                        return 0;
                    }
                    continue;
                }
                $jobsProcessed++;
                $this->process($connectionName, $job, $options);
                unset($job);
                if ($options->maxJobs && $jobsProcessed >= $options->maxJobs) {
                    return 0;
                }
                if ($this->memoryExceeded($options->memory)) {
                    return 12;
                }
            }
        }

        public function process(string $connectionName, JobContract $job, WorkerOptions $options): void
        {
            try {
                $job->fire();
            } catch (\Throwable $e) {
                // failed-job bookkeeping elided
            }
        }

        protected function memoryExceeded(int $memoryLimit): bool
        {
            return (memory_get_usage(true) / 1024 / 1024) >= $memoryLimit;
        }
    }
}
