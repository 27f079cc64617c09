<?php

declare(strict_types=1);

namespace Illuminate\Contracts\Queue {

    interface ShouldQueue
    {
    }
}

namespace Illuminate\Container {

    /** Stand-in container: shared instances and method injection by type. */
    class Container
    {
        /** @var array<class-string, object> */
        private array $instances = [];

        public function instance(string $abstract, object $instance): void
        {
            $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            return $this->instances[$abstract];
        }

        public function call(array $callable): mixed
        {
            [$target, $method] = $callable;
            $args = [];
            foreach ((new \ReflectionMethod($target, $method))->getParameters() as $parameter) {
                $args[] = $this->make($parameter->getType()->getName());
            }

            return $target->{$method}(...$args);
        }
    }
}

namespace Illuminate\Queue {

    use Illuminate\Container\Container;
    use Illuminate\Contracts\Queue\ShouldQueue;

    /** Stand-in for `php artisan queue:work`: one process, job after job. */
    final class Worker
    {
        public int $processed = 0;

        public function __construct(private Container $container)
        {
        }

        public function process(string $connection, ShouldQueue $job): void
        {
            $this->container->call([$job, 'handle']);
            $this->processed++;
        }
    }
}
