<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;
use Illuminate\Support\ServiceProvider;

/**
 * Local stand-in for the Laravel application container.
 */
class Application extends Container
{
    /** @var array<string, ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    /** @var array<string, array> */
    protected array $config = [];

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->instance(self::class, $this);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function loadConfiguration(): void
    {
        foreach (glob($this->basePath('config') . '/*.php') as $file) {
            $this->config[basename($file, '.php')] = require $file;
        }
    }

    public function config(string $key, mixed $default = null): mixed
    {
        $value = $this->config;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }

        return $value;
    }

    public function register(ServiceProvider|string $provider): ServiceProvider
    {
        if (is_string($provider)) {
            $provider = new $provider($this);
        }
        $provider->register();
        $this->serviceProviders[$provider::class] = $provider;
        if ($this->booted) {
            $this->call([$provider, 'boot']);
        }

        return $provider;
    }

    public function registerConfiguredProviders(): void
    {
        foreach ($this->config('app.providers', []) as $provider) {
            $this->register($provider);
        }
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            if (method_exists($provider, 'boot')) {
                $this->call([$provider, 'boot']);
            }
        }
        $this->booted = true;
    }
}
