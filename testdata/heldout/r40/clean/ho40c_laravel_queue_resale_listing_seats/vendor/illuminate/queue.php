<?php

namespace Illuminate\Contracts\Queue {
    interface ShouldQueue
    {
    }
}

namespace Illuminate\Queue {

    use Illuminate\Container\Container;

    final class WorkerOptions
    {
        public function __construct(public int $maxJobs = 0, public int $sleep = 3)
        {
        }
    }

    /** Stand-in for the redis connection: builds the next payload on pop. */
    final class RedisQueueStub
    {
        private int $popped = 0;

        public function __construct(private \Closure $source)
        {
        }

        public function pop(string $queue): ?object
        {
            return ($this->source)($this->popped++, $queue);
        }
    }

    final class Worker
    {
        private int $jobsProcessed = 0;

        public function __construct(private RedisQueueStub $connection, private Container $container)
        {
        }

        public function daemon(string $queue, WorkerOptions $options): int
        {
            while (true) {
                $job = $this->connection->pop($queue);
                if ($job !== null) {
                    $this->container->call([$job, 'handle']);
                    $this->jobsProcessed++;
                }
                if ($options->maxJobs && $this->jobsProcessed >= $options->maxJobs) {
                    return 0;
                }
            }
        }
    }
}

namespace Illuminate\Container {
    class Container
    {
        /** @var array<class-string, object> */
        private array $instances = [];

        public function instance(string $abstract, object $instance): void
        {
            $this->instances[$abstract] = $instance;
        }

        public function call(array $callback): mixed
        {
            [$target, $method] = $callback;
            $args = [];
            foreach ((new \ReflectionMethod($target, $method))->getParameters() as $parameter) {
                $args[] = $this->instances[$parameter->getType()->getName()];
            }

            return $target->$method(...$args);
        }
    }
}
