<?php

namespace Illuminate\Support;

use Illuminate\Foundation\Application;

abstract class ServiceProvider
{
    public function __construct(protected Application $app)
    {
    }

    public function register(): void
    {
    }
}
