<?php

namespace Illuminate\Foundation;

use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    public function __construct(protected string $basePath)
    {
        $config = new Repository();
        foreach (glob($basePath . '/config/*.php') as $file) {
            $config->set(basename($file, '.php'), require $file);
        }
        $this->instance('config', $config);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function register(string $provider): void
    {
        $instance = new $provider($this);
        $instance->register();
        $this->serviceProviders[] = $instance;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            if (method_exists($provider, 'boot')) {
                $provider->boot();
            }
        }
        $this->booted = true;
    }
}
