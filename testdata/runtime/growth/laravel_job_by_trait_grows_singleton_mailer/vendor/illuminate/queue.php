<?php

namespace Illuminate\Foundation\Bus {
    trait Dispatchable
    {
        public static function dispatch(...$arguments): string
        {
            return serialize(new static(...$arguments));
        }
    }
}

namespace Illuminate\Bus {
    trait Queueable
    {
        public ?string $queue = null;
    }
}

namespace Illuminate\Container {
    final class Container
    {
        private array $factories = [];
        private array $instances = [];

        public function singleton(string $class, \Closure $factory): void
        {
            $this->factories[$class] = $factory;
        }

        public function make(string $class): object
        {
            return $this->instances[$class] ??= ($this->factories[$class])($this);
        }

        public function call(array $callable): mixed
        {
            [$object, $method] = $callable;
            $args = [];
            foreach ((new \ReflectionMethod($object, $method))->getParameters() as $param) {
                $args[] = $this->make($param->getType()->getName());
            }

            return $object->$method(...$args);
        }
    }
}

namespace Illuminate\Queue {
    use Illuminate\Container\Container;

    final class Worker
    {
        public int $processed = 0;

        public function __construct(private Container $container)
        {
        }

        /** @param iterable<string> $payloads */
        public function work(iterable $payloads): void
        {
            foreach ($payloads as $payload) {
                $this->container->call([unserialize($payload), 'handle']);
                $this->processed++;
            }
        }
    }
}
