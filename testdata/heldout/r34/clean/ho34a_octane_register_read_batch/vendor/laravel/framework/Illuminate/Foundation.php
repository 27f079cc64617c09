<?php

namespace Illuminate\Container {
    /** Stand-in for illuminate/container: bindings, shared instances, ArrayAccess. */
    class Container implements \ArrayAccess
    {
        protected static ?Container $instance = null;
        protected array $bindings = [];
        protected array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(?Container $container): void
        {
            static::$instance = $container;
        }

        public function singleton(string $abstract, \Closure $concrete): void
        {
            $this->bindings[$abstract] = ['concrete' => $concrete, 'shared' => true];
        }

        public function instance(string $abstract, mixed $instance): mixed
        {
            return $this->instances[$abstract] = $instance;
        }

        public function make(string $abstract): mixed
        {
            if (array_key_exists($abstract, $this->instances)) {
                return $this->instances[$abstract];
            }
            $binding = $this->bindings[$abstract] ?? null;
            $object = $binding ? ($binding['concrete'])($this) : new $abstract();
            if ($binding && $binding['shared']) {
                $this->instances[$abstract] = $object;
            }

            return $object;
        }

        public function offsetExists(mixed $key): bool
        {
            return isset($this->bindings[$key]) || isset($this->instances[$key]);
        }

        public function offsetGet(mixed $key): mixed
        {
            return $this->make($key);
        }

        public function offsetSet(mixed $key, mixed $value): void
        {
            $this->instance($key, $value);
        }

        public function offsetUnset(mixed $key): void
        {
            unset($this->bindings[$key], $this->instances[$key]);
        }
    }
}

namespace Illuminate\Config {
    class Repository
    {
        public function __construct(protected array $items = [])
        {
        }

        public function get(string $key, mixed $default = null): mixed
        {
            $value = $this->items;
            foreach (explode('.', $key) as $segment) {
                if (!is_array($value) || !array_key_exists($segment, $value)) {
                    return $default;
                }
                $value = $value[$segment];
            }

            return $value;
        }
    }
}

namespace Illuminate\Support\Facades {
    use Illuminate\Container\Container;

    abstract class Facade
    {
        protected static ?Container $app = null;
        protected static array $resolvedInstance = [];

        public static function setFacadeApplication(Container $app): void
        {
            static::$app = $app;
        }

        abstract protected static function getFacadeAccessor(): string;

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();

            return static::$resolvedInstance[$name] ??= static::$app->make($name);
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }
}

namespace Illuminate\Http {
    class Request
    {
        public function __construct(protected string $method, protected string $uri, protected string $content)
        {
        }

        public function json(): array
        {
            return json_decode($this->content, true);
        }

        public function route(): string
        {
            return $this->uri;
        }
    }

    class JsonResponse
    {
        public function __construct(public readonly array $data, public readonly int $status = 200)
        {
        }
    }
}

namespace {
    use Illuminate\Container\Container;

    if (!function_exists('env')) {
        /** Values come from the .env file loaded at boot, so they are strings. */
        function env(string $key, mixed $default = null): mixed
        {
            return $_ENV[$key] ?? $default;
        }
    }

    if (!function_exists('config')) {
        function config(string $key, mixed $default = null): mixed
        {
            return Container::getInstance()->make('config')->get($key, $default);
        }
    }

    if (!function_exists('app')) {
        function app(?string $abstract = null): mixed
        {
            return $abstract === null ? Container::getInstance() : Container::getInstance()->make($abstract);
        }
    }
}
