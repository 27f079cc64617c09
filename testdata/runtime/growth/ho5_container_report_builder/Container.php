<?php

final class Container
{
    /** @var array<string, array{factory: Closure, shared: bool}> */
    private array $bindings = [];
    /** @var array<string, object> */
    private array $instances = [];

    public function bind(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => false];
    }

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = ['factory' => $factory, 'shared' => true];
    }

    public function instance(string $abstract, object $object): void
    {
        $this->instances[$abstract] = $object;
    }

    public function make(string $abstract, array $parameters = []): object
    {
        $key = $parameters === [] ? $abstract : $abstract . '#' . md5(serialize($parameters));
        if (isset($this->instances[$key])) {
            return $this->instances[$key];
        }
        $binding = $this->bindings[$abstract] ?? throw new RuntimeException("No binding for {$abstract}");
        $object = ($binding['factory'])($this, $parameters);
        if ($binding['shared']) {
            $this->instances[$key] = $object; // leak
        }
        return $object;
    }
}
