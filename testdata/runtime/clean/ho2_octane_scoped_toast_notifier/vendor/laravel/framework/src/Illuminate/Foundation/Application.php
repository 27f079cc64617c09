<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    protected bool $booted = false;

    /** @var array<string, ServiceProvider> */
    protected array $serviceProviders = [];

    /** @var list<callable> */
    protected array $terminatingCallbacks = [];

    public function __construct(protected string $basePath = '')
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->alias('app', self::class);
    }

    public function register(ServiceProvider|string $provider): ServiceProvider
    {
        if (\is_string($provider)) {
            $provider = new $provider($this);
        }
        $provider->register();
        $this->serviceProviders[$provider::class] = $provider;

        if ($this->booted) {
            $this->bootProvider($provider);
        }

        return $provider;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            $this->bootProvider($provider);
        }
        $this->booted = true;
    }

    public function isBooted(): bool
    {
        return $this->booted;
    }

    public function terminating(callable $callback): static
    {
        $this->terminatingCallbacks[] = $callback;

        return $this;
    }

    public function terminate(): void
    {
        foreach ($this->terminatingCallbacks as $callback) {
            $callback($this);
        }
    }

    public function basePath(string $path = ''): string
    {
        return rtrim($this->basePath, '/') . ($path ? '/' . $path : '');
    }

    protected function bootProvider(ServiceProvider $provider): void
    {
        if (method_exists($provider, 'boot')) {
            $this->call([$provider, 'boot']);
        }
    }
}
