<?php

namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;
    /** @var array<string, \Closure> */
    protected array $bindings = [];
    /** @var array<string, object> */
    protected array $instances = [];
    /** @var array<string, true> */
    protected array $scoped = [];
    /** @var array<string, list<string>> */
    protected array $tags = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function scoped(string $abstract): void
    {
        $this->scoped[$abstract] = true;
    }

    public function isScoped(string $abstract): bool
    {
        return isset($this->scoped[$abstract]);
    }

    public function tag(array $abstracts, string $tag): void
    {
        foreach ($abstracts as $abstract) {
            $this->tags[$tag][] = $abstract;
        }
    }

    /** @return list<string> */
    public function taggedIds(string $tag): array
    {
        return $this->tags[$tag] ?? [];
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
    }
}
