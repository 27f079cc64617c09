<?php

namespace Illuminate\Config;

class Repository
{
    public function __construct(protected array $items = [])
    {
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }
}

namespace Illuminate\Foundation;

function config(string $key, mixed $default = null): mixed
{
    return Application::getInstance()->make('config')->get($key, $default);
}
