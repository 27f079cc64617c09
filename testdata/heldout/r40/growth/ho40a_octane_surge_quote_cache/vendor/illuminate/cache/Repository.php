<?php

namespace Illuminate\Cache;

class Repository
{
    public function __construct(protected ArrayStore $store, protected string $prefix = '')
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->store->get($this->prefix . $key) ?? $default;
    }

    public function put(string $key, mixed $value, int $ttl): bool
    {
        return $this->store->put($this->prefix . $key, $value, $ttl);
    }

    public function remember(string $key, int $ttl, \Closure $callback): mixed
    {
        $value = $this->get($key);
        if ($value !== null) {
            return $value;
        }
        $value = $callback();
        $this->put($key, $value, $ttl);
        return $value;
    }

    public function forget(string $key): bool
    {
        return $this->store->forget($this->prefix . $key);
    }
}
