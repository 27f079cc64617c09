<?php

namespace Illuminate\Cache;

class Repository
{
    public function __construct(protected ArrayStore $store)
    {
    }

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
