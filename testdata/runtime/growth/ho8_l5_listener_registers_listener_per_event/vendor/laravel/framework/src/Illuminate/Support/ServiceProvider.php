<?php

namespace Illuminate\Support;

abstract class ServiceProvider
{
    public function __construct(protected \Illuminate\Foundation\Application $app) {}

    public function register(): void {}
}
