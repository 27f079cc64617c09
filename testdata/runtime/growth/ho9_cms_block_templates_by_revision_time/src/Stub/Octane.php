<?php
namespace Illuminate\Container;

class Container
{
    private array $instances = [];
    private array $bindings = [];

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
    }
}

namespace Laravel\Octane;

use Illuminate\Container\Container;

final class Worker
{
    public function __construct(private Container $app, private array $config) {}

    /** @param iterable<array> $requests */
    public function handle(iterable $requests, callable $kernel): void
    {
        foreach ($requests as $request) {
            $kernel($this->app, $request);
        }
    }
}
