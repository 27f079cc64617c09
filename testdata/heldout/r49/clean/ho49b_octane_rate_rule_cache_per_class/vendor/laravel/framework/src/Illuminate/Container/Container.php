<?php
namespace Illuminate\Container;

class Container
{
    protected static ?Container $instance = null;

    /** @var array<string, array{concrete: \Closure, shared: bool}> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function getInstance(): static
    {
        return static::$instance ??= new static();
    }

    public static function setInstance(?Container $container): void
    {
        static::$instance = $container;
    }

    public function bind(string $abstract, ?\Closure $concrete = null, bool $shared = false): void
    {
        $this->bindings[$abstract] = [
            'concrete' => $concrete ?? static fn (Container $c) => $c->build($abstract),
            'shared' => $shared,
        ];
    }

    public function singleton(string $abstract, ?\Closure $concrete = null): void
    {
        $this->bind($abstract, $concrete, true);
    }

    public function instance(string $abstract, object $instance): object
    {
        return $this->instances[$abstract] = $instance;
    }

    public function resolved(string $abstract): bool
    {
        return isset($this->instances[$abstract]);
    }

    public function make(string $abstract): mixed
    {
        if (isset($this->instances[$abstract])) {
            return $this->instances[$abstract];
        }
        $binding = $this->bindings[$abstract] ?? null;
        $object = $binding ? ($binding['concrete'])($this) : $this->build($abstract);
        if ($binding !== null && $binding['shared']) {
            $this->instances[$abstract] = $object;
        }

        return $object;
    }

    public function build(string $concrete): object
    {
        $reflector = new \ReflectionClass($concrete);
        $constructor = $reflector->getConstructor();
        if ($constructor === null) {
            return new $concrete();
        }
        $args = [];
        foreach ($constructor->getParameters() as $parameter) {
            $type = $parameter->getType();
            $args[] = $type instanceof \ReflectionNamedType && !$type->isBuiltin()
                ? $this->make($type->getName())
                : $parameter->getDefaultValue();
        }

        return $reflector->newInstanceArgs($args);
    }
}
