<?php
namespace Illuminate\Cache {

    class ArrayStore
    {
        /** @var array<string, array{value: mixed, expiresAt: float}> */
        protected array $storage = [];

        public function get(string $key): mixed
        {
            if (!isset($this->storage[$key])) {
                return null;
            }
            $item = $this->storage[$key];
            if ($item['expiresAt'] !== 0.0 && $item['expiresAt'] <= microtime(true)) {
                $this->forget($key);
                return null;
            }
            return $item['value'];
        }

        public function put(string $key, mixed $value, int $seconds): bool
        {
            $this->storage[$key] = [ // leak
                'value' => $value,
                'expiresAt' => $seconds > 0 ? microtime(true) + $seconds : 0.0,
            ];
            return true;
        }

        public function forget(string $key): bool
        {
            unset($this->storage[$key]);
            return true;
        }

        public function flush(): bool
        {
            $this->storage = [];
            return true;
        }
    }

    class Repository
    {
        public function __construct(protected ArrayStore $store) {}

        public function get(string $key, mixed $default = null): mixed
        {
            return $this->store->get($key) ?? $default;
        }

        public function put(string $key, mixed $value, int $ttl): bool
        {
            return $this->store->put($key, $value, $ttl);
        }

        public function remember(string $key, int $ttl, \Closure $callback): mixed
        {
            $value = $this->get($key);
            if ($value !== null) {
                return $value;
            }
            $this->put($key, $value = $callback(), $ttl);
            return $value;
        }

        public function getStore(): ArrayStore
        {
            return $this->store;
        }
    }

    class CacheManager
    {
        /** @var array<string, Repository> */
        protected array $stores = [];

        public function __construct(protected array $config) {}

        public function store(?string $name = null): Repository
        {
            $name ??= $this->config['default'];
            return $this->stores[$name] ??= new Repository(new ArrayStore());
        }
    }
}

namespace Illuminate\Support\Facades {

    /**
     * @method static \Illuminate\Cache\Repository store(?string $name = null)
     */
    class Cache extends Facade
    {
        protected static function getFacadeAccessor(): string
        {
            return 'cache';
        }
    }
}
