<?php
declare(strict_types=1);

use Illuminate\Container\Container;

if (!function_exists('app')) {
    function app(?string $abstract = null): mixed
    {
        $container = Container::getInstance();
        return $abstract === null ? $container : $container->make($abstract);
    }
}

if (!function_exists('config')) {
    function config(string $key, mixed $default = null): mixed
    {
        $items = app('config');
        foreach (explode('.', $key) as $segment) {
            if (!is_array($items) || !array_key_exists($segment, $items)) {
                return $default;
            }
            $items = $items[$segment];
        }
        return $items;
    }
}
