<?php
namespace Illuminate\Contracts\Queue;

interface ShouldQueue {}

namespace Illuminate\Container;

class Container
{
    private array $instances = [];
    private array $singletons = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->singletons[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (isset($this->singletons[$abstract])) {
            return $this->instances[$abstract] ??= ($this->singletons[$abstract])($this);
        }
        return new $abstract();
    }

    public function call(array $callable): mixed
    {
        [$object, $method] = $callable;
        $args = [];
        foreach ((new \ReflectionMethod($object, $method))->getParameters() as $p) {
            $args[] = $this->make($p->getType()->getName());
        }
        return $object->{$method}(...$args);
    }
}

namespace Illuminate\Queue;

use Illuminate\Container\Container;

final class Worker
{
    public function __construct(private Container $app) {}

    /** @param iterable<object> $jobs */
    public function daemon(iterable $jobs): void
    {
        foreach ($jobs as $job) {
            $this->app->call([$job, 'handle']);
        }
    }
}
