<?php

use Illuminate\Container\Container;

if (! function_exists('app')) {
    function app(?string $abstract = null, array $parameters = []): mixed
    {
        if (is_null($abstract)) {
            return Container::getInstance();
        }
        return Container::getInstance()->make($abstract, $parameters);
    }
}

if (! function_exists('base_path')) {
    function base_path(string $path = ''): string
    {
        return app()->basePath($path);
    }
}

if (! function_exists('config')) {
    function config(?string $key = null, mixed $default = null): mixed
    {
        if (is_null($key)) {
            return app('config');
        }
        return app('config')->get($key, $default);
    }
}

if (! function_exists('event')) {
    function event(string|object $event, mixed $payload = [], bool $halt = false): mixed
    {
        return app('events')->dispatch($event, $payload, $halt);
    }
}
