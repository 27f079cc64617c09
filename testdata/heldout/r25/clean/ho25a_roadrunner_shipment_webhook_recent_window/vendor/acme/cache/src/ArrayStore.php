<?php

declare(strict_types=1);

namespace Acme\Cache;

/**
 * In-process cache store. Entries carry their own expiry and are
 * evicted lazily, when they are read after they expired.
 */
class ArrayStore
{
    /** @var array<string, array{0: mixed, 1: int}> */
    private array $storage = [];

    public function __construct(private readonly string $prefix = '')
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $key = $this->prefix . $key;
        if (!isset($this->storage[$key])) {
            return $default;
        }

        [$value, $expiresAt] = $this->storage[$key];
        if ($expiresAt !== 0 && $expiresAt <= $this->currentTime()) {
            unset($this->storage[$key]);

            return $default;
        }

        return $value;
    }

    public function has(string $key): bool
    {
        return $this->get($key) !== null;
    }

    public function put(string $key, mixed $value, int $seconds = 0): bool
    {
        $this->storage[$this->prefix . $key] = [$value, $seconds > 0 ? $this->currentTime() + $seconds : 0];

        return true;
    }

    public function forget(string $key): bool
    {
        unset($this->storage[$this->prefix . $key]);

        return true;
    }

    public function flush(): bool
    {
        $this->storage = [];

        return true;
    }

    protected function currentTime(): int
    {
        return time();
    }
}
