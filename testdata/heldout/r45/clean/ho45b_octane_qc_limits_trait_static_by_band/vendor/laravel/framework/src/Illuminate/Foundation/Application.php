<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    public function __construct(protected string $basePath, protected array $config = [])
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Application::class, $this);
        $this->instance(Container::class, $this);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
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
        $this->serviceProviders[] = $provider;
        if ($this->booted) {
            $provider->boot();
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

    public function isBooted(): bool
    {
        return $this->booted;
    }
}
