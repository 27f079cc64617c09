<?php

declare(strict_types=1);

use Lite\Container\Container;

if (!function_exists('app')) {
    function app(?string $abstract = null): object
    {
        $container = Container::getInstance();

        return $abstract === null ? $container : $container->make($abstract);
    }
}
