<?php

namespace Illuminate\Cache;

class ArrayStore
{
    /** @var array<string, array{value: mixed, expiresAt: float}> */
    protected array $storage = [];

    public function __construct(protected \Closure $clock)
    {
    }

    public function get(string $key): mixed
    {
        if (!isset($this->storage[$key])) {
            return null;
        }
        $item = $this->storage[$key];
        if ($item['expiresAt'] !== 0.0 && $item['expiresAt'] <= ($this->clock)()) {
            $this->forget($key);

            return null;
        }

        return $item['value'];
    }

    public function put(string $key, mixed $value, int $seconds): bool
    {
        $this->storage[$key] = [ // leak
            'value' => $value,
            'expiresAt' => $seconds > 0 ? ($this->clock)() + $seconds : 0.0,
        ];

        return true;
    }

    public function forget(string $key): bool
    {
        unset($this->storage[$key]);

        return true;
    }
}
