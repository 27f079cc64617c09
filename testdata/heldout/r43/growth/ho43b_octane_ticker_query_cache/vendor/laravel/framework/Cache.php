<?php

namespace Illuminate\Cache;

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
            unset($this->storage[$key]);

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
}

class Repository
{
    public function __construct(protected ArrayStore $store)
    {
    }

    public function remember(string $key, int $ttl, \Closure $callback): mixed
    {
        $value = $this->store->get($key);
        if ($value !== null) {
            return $value;
        }
        $value = $callback();
        $this->store->put($key, $value, $ttl);

        return $value;
    }

    public function forget(string $key): bool
    {
        return $this->store->forget($key);
    }
}
