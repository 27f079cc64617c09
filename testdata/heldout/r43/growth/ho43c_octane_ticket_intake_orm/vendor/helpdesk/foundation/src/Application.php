<?php

namespace Helpdesk\Foundation;

class Application
{
    private static ?Application $instance = null;

    /** @var array<string, \Closure> */
    private array $bindings = [];

    /** @var array<string, object> */
    private array $instances = [];

    /** @var array<string, list<string>> */
    private array $listeners = [];

    public function __construct(public readonly string $basePath)
    {
        static::$instance = $this;
    }

    public static function getInstance(): static
    {
        return static::$instance;
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        if (isset($this->bindings[$abstract])) {
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return new $abstract();
    }

    public function listen(string $event, array $listenerClasses): void
    {
        foreach ($listenerClasses as $class) {
            $this->listeners[$event][] = $class;
        }
    }

    public function dispatchEvent(string $event, object $payload): void
    {
        foreach ($this->listeners[$event] ?? [] as $class) {
            $this->make($class)->handle($payload);
        }
    }
}
