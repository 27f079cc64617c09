<?php

namespace Illuminate\Cache;

class ArrayStore
{
    protected array $storage = [];

    public function __construct(protected bool $serializesValues = false)
    {
    }

    public function get(string $key): mixed
    {
        if (!isset($this->storage[$key])) {
            return null;
        }
        $item = $this->storage[$key];
        if ($item['expiresAt'] !== 0 && $item['expiresAt'] <= microtime(true)) {
            $this->forget($key);
            return null;
        }
        return $this->serializesValues ? unserialize($item['value']) : $item['value'];
    }

    public function put(string $key, mixed $value, int $seconds): bool
    {
        $this->storage[$key] = [
            'value' => $this->serializesValues ? serialize($value) : $value,
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
