<?php

namespace Illuminate\Foundation;

/**
 * Minimal stand-ins for the parts of Laravel that an Octane worker touches:
 * the application container, facades and the HTTP request/response pair.
 */
class Application
{
    protected static ?Application $instance = null;

    /** @var array<string, \Closure> */
    protected array $bindings = [];

    /** @var array<string, object> */
    protected array $instances = [];

    public static function setInstance(Application $app): void
    {
        static::$instance = $app;
    }

    public static function getInstance(): Application
    {
        return static::$instance;
    }

    public function singleton(string $abstract, \Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        if (!isset($this->instances[$abstract])) {
            $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }

        return $this->instances[$abstract];
    }

    public function flushRequestState(): void
    {
        // Octane's RequestTerminated listeners would run here.
    }
}

abstract class Facade
{
    /** @var array<string, object> */
    protected static array $resolvedInstance = [];

    abstract protected static function getFacadeAccessor(): string;

    public static function getFacadeRoot(): object
    {
        $name = static::getFacadeAccessor();

        return static::$resolvedInstance[$name] ??= Application::getInstance()->make($name);
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::getFacadeRoot()->$method(...$args);
    }
}

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        private array $input = [],
        private array $headers = [],
    ) {
    }

    public function input(string $key, mixed $default = null): mixed
    {
        return $this->input[$key] ?? $default;
    }

    public function header(string $key, ?string $default = null): ?string
    {
        return $this->headers[strtolower($key)] ?? $default;
    }
}

class JsonResponse
{
    public function __construct(public readonly array $data, public readonly int $status = 200)
    {
    }
}
