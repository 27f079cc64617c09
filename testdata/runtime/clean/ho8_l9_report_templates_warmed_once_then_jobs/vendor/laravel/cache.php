<?php
// Stripped-down illuminate/cache: the array store and the cache repository.

namespace Illuminate\Cache;

class ArrayStore
{
    protected array $storage = [];

    public function get(string $key): mixed
    {
        $item = $this->storage[$key] ?? null;
        if ($item !== null && $item['expiresAt'] !== 0.0 && $item['expiresAt'] <= microtime(true)) {
            unset($this->storage[$key]);
            return null;
        }
        return $item['value'] ?? null;
    }

    public function put(string $key, mixed $value, int $seconds): bool
    {
        $this->storage[$key] = ['value' => $value, 'expiresAt' => $seconds > 0 ? microtime(true) + $seconds : 0.0];
        return true;
    }
}

class Repository
{
    public function __construct(protected ArrayStore $store) {}
    public function get(string $key, mixed $default = null): mixed { return $this->store->get($key) ?? $default; }
    public function put(string $key, mixed $value, int $ttl = 0): bool { return $this->store->put($key, $value, $ttl); }
}
