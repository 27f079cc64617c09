<?php

declare(strict_types=1);

use Illuminate\Container\Container;

if (!function_exists('app')) {
    function app(?string $abstract = null): mixed
    {
        return $abstract === null ? Container::getInstance() : Container::getInstance()->make($abstract);
    }
}
