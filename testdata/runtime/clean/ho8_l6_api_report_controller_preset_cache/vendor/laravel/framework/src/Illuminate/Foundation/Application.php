<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;

class Application extends Container
{
    protected array $serviceProviders = [];

    public function register(string $provider): void
    {
        ($this->serviceProviders[] = new $provider($this))->register();
    }

    public function boot(): void
    {
        foreach ($this->serviceProviders as $provider) {
            method_exists($provider, 'boot') && $provider->boot();
        }
    }
}
