<?php

namespace Illuminate\Container {
    class Container
    {
        /** @var array<string, \Closure> */
        private array $factories = [];

        /** @var array<string, object> */
        private array $shared = [];

        public function singleton(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function get(string $id): object
        {
            return $this->shared[$id] ??= ($this->factories[$id])($this);
        }

        public function call(object $target, string $method): mixed
        {
            $args = [];
            foreach ((new \ReflectionMethod($target, $method))->getParameters() as $param) {
                $args[] = $this->get($param->getType()->getName());
            }

            return $target->$method(...$args);
        }
    }
}

namespace Illuminate\Queue {

    use Illuminate\Container\Container;

    interface ShouldQueue
    {
    }

    /** Stand-in for `php artisan queue:work`: pop, unserialize, handle, repeat. */
    class Worker
    {
        public function __construct(private readonly Container $container, private readonly \Closure $pop)
        {
        }

        public function daemon(int $maxJobs): void
        {
            for ($processed = 0; $processed < $maxJobs; $processed++) {
                $payload = ($this->pop)($processed);
                $job = unserialize($payload['data']['command']);
                $this->container->call($job, 'handle');
            }
        }
    }
}
