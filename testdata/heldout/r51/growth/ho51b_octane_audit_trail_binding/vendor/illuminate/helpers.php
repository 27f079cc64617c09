<?php
use Illuminate\Container\Container;

if (!function_exists('app')) {
    function app(?string $abstract = null, array $parameters = []): mixed
    {
        if ($abstract === null) {
            return Container::getInstance();
        }
        return Container::getInstance()->make($abstract, $parameters);
    }
}

if (!function_exists('config')) {
    function config(string $key, mixed $default = null): mixed
    {
        $value = app('config');
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }
        return $value;
    }
}
