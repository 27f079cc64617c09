<?php

namespace Illuminate\Foundation;

use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Events\EventServiceProvider;
use Illuminate\Routing\Router;
use Illuminate\Routing\RoutingServiceProvider;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var array<string, ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    protected bool $hasBeenBootstrapped = false;

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->register(new EventServiceProvider($this));
        $this->register(new RoutingServiceProvider($this));
        foreach (['app' => [self::class, Container::class], 'events' => [Dispatcher::class], 'router' => [Router::class], 'config' => [Repository::class]] as $key => $aliases) {
            foreach ($aliases as $alias) {
                $this->alias($key, $alias);
            }
        }
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? DIRECTORY_SEPARATOR . $path : '');
    }

    public function configPath(string $path = ''): string
    {
        return $this->basePath('config') . ($path !== '' ? DIRECTORY_SEPARATOR . $path : '');
    }

    /**
     * @param list<class-string> $bootstrappers
     */
    public function bootstrapWith(array $bootstrappers): void
    {
        $this->hasBeenBootstrapped = true;
        foreach ($bootstrappers as $bootstrapper) {
            $this->make($bootstrapper)->bootstrap($this);
        }
    }

    public function hasBeenBootstrapped(): bool
    {
        return $this->hasBeenBootstrapped;
    }

    public function registerConfiguredProviders(): void
    {
        foreach ($this->make('config')->get('app.providers', []) as $provider) {
            $this->register($provider);
        }
    }

    public function register(ServiceProvider|string $provider): ServiceProvider
    {
        if (is_string($provider)) {
            $provider = new $provider($this);
        }
        $provider->register();
        if (property_exists($provider, 'singletons')) {
            foreach ($provider->singletons as $key => $value) {
                $this->singleton(is_int($key) ? $value : $key, $value);
            }
        }
        $this->serviceProviders[get_class($provider)] = $provider;
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

    protected function bootProvider(ServiceProvider $provider): void
    {
        if (method_exists($provider, 'boot')) {
            $this->call([$provider, 'boot']);
        }
    }

    public function isBooted(): bool
    {
        return $this->booted;
    }
}
