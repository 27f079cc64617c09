<?php

namespace Octane\Support;

/**
 * Minimal stand-in for the framework's cache repository: an in-memory
 * "array" store that lives as long as the worker does.
 */
final class ArrayStore
{
    /** @var array<string, array{value: mixed, expiresAt: int}> */
    private array $storage = [];

    public function get(string $key): mixed
    {
        $item = $this->storage[$key] ?? null;
        if ($item === null) {
            return null;
        }
        if ($item['expiresAt'] !== 0 && $item['expiresAt'] <= time()) {
            unset($this->storage[$key]);
            return null;
        }
        return $item['value'];
    }

    public function put(string $key, mixed $value, int $seconds): void
    {
        $this->storage[$key] = ['value' => $value, 'expiresAt' => $seconds > 0 ? time() + $seconds : 0]; // leak
    }

    public function forget(string $key): void
    {
        unset($this->storage[$key]);
    }
}

final class Repository
{
    public function __construct(private ArrayStore $store, private string $prefix = '')
    {
    }

    public function remember(string $key, int $ttl, \Closure $callback): mixed
    {
        $value = $this->store->get($this->prefix . $key);
        if ($value !== null) {
            return $value;
        }
        $value = $callback();
        $this->store->put($this->prefix . $key, $value, $ttl);
        return $value;
    }

    public function forget(string $key): void
    {
        $this->store->forget($this->prefix . $key);
    }
}

final class CacheManager
{
    /** @var array<string, Repository> */
    private array $stores = [];

    public function __construct(private array $config)
    {
    }

    public function store(?string $name = null): Repository
    {
        $name ??= $this->config['default'];
        return $this->stores[$name] ??= new Repository(new ArrayStore(), $this->config['prefix'] ?? '');
    }
}

final class Cache
{
    private static ?CacheManager $manager = null;

    public static function setManager(CacheManager $manager): void
    {
        self::$manager = $manager;
    }

    public static function __callStatic(string $method, array $args): mixed
    {
        return self::$manager->store()->{$method}(...$args);
    }
}
