<?php

namespace Illuminate\Support;

use Illuminate\Container\Container;

abstract class ServiceProvider
{
    public function __construct(protected Container $app)
    {
    }

    abstract public function register(): void;
}
