<?php

namespace Illuminate\Cache;

// Stand-in for illuminate/cache's ArrayStore: entries expire lazily, on read.
class ArrayStore
{
    protected array $storage = [];

    public function get(string $key): mixed
    {
        if (!isset($this->storage[$key])) {
            return null;
        }
        $item = $this->storage[$key];
        if ($item['expiresAt'] !== 0 && $item['expiresAt'] <= microtime(true)) {
            unset($this->storage[$key]);
            return null;
        }
        return $item['value'];
    }

    public function put(string $key, mixed $value, int $seconds): bool
    {
        $this->storage[$key] = [
            'value' => $value,
            'expiresAt' => $seconds > 0 ? microtime(true) + $seconds : 0,
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
