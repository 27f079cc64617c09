<?php
// Minimal stand-ins for the parts of illuminate/* an Octane app touches.

namespace Illuminate\Container {

    class Container
    {
        private static ?Container $instance = null;
        /** @var array<string, \Closure> */
        private array $bindings = [];
        /** @var array<string, object> */
        private array $instances = [];

        public static function getInstance(): static
        {
            return static::$instance ??= new static();
        }

        public static function setInstance(Container $container): void
        {
            static::$instance = $container;
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
            if (!isset($this->bindings[$abstract])) {
                return $this->instances[$abstract] = new $abstract();
            }
            return $this->instances[$abstract] = ($this->bindings[$abstract])($this);
        }
    }
}

namespace Illuminate\Http {

    class Request
    {
        public function __construct(
            private string $path,
            private array $query = [],
            private array $server = [],
        ) {
        }

        public static function create(string $uri, array $query = [], array $server = []): static
        {
            return new static(parse_url($uri, PHP_URL_PATH) ?: '/', $query, $server);
        }

        public function path(): string
        {
            return ltrim($this->path, '/');
        }

        public function segment(int $index): ?string
        {
            $parts = explode('/', $this->path());
            return $parts[$index - 1] ?? null;
        }

        public function query(string $key, mixed $default = null): mixed
        {
            return $this->query[$key] ?? $default;
        }

        public function header(string $key, ?string $default = null): ?string
        {
            return $this->server['HTTP_' . strtoupper(str_replace('-', '_', $key))] ?? $default;
        }
    }

    class Response
    {
        public function __construct(public string $content, public int $status = 200, public array $headers = [])
        {
        }
    }
}

namespace Illuminate\Cache {

    class ArrayStore
    {
        /** @var array<string, array{value: mixed, expiresAt: int}> */
        protected array $storage = [];

        public function get(string $key): mixed
        {
            if (!isset($this->storage[$key])) {
                return null;
            }
            $item = $this->storage[$key];
            if ($item['expiresAt'] !== 0 && $item['expiresAt'] <= time()) {
                unset($this->storage[$key]);
                return null;
            }
            return $item['value'];
        }

        public function put(string $key, mixed $value, int $seconds): bool
        {
            $this->storage[$key] = [ // leak
                'value' => $value,
                'expiresAt' => $seconds > 0 ? time() + $seconds : 0,
            ];
            return true;
        }

        public function forget(string $key): bool
        {
            unset($this->storage[$key]);
            return true;
        }
    }

    class Repository
    {
        public function __construct(protected ArrayStore $store)
        {
        }

        public function get(string $key, mixed $default = null): mixed
        {
            return $this->store->get($key) ?? $default;
        }

        public function remember(string $key, int $ttl, \Closure $callback): mixed
        {
            $value = $this->store->get($key);
            if ($value !== null) {
                return $value;
            }
            $this->store->put($key, $value = $callback(), $ttl);
            return $value;
        }
    }
}

namespace Illuminate\Support\Facades {

    use Illuminate\Container\Container;

    abstract class Facade
    {
        /** @var array<string, object> */
        protected static array $resolvedInstance = [];

        abstract protected static function getFacadeAccessor(): string;

        public static function getFacadeRoot(): object
        {
            $name = static::getFacadeAccessor();
            return static::$resolvedInstance[$name] ??= Container::getInstance()->make($name);
        }

        public static function __callStatic(string $method, array $args): mixed
        {
            return static::getFacadeRoot()->$method(...$args);
        }
    }

    /**
     * @method static mixed remember(string $key, int $ttl, \Closure $callback)
     * @method static mixed get(string $key, mixed $default = null)
     */
    class Cache extends Facade
    {
        protected static function getFacadeAccessor(): string
        {
            return 'cache';
        }
    }
}
