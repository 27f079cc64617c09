<?php

namespace Illuminate\Foundation;

use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Routing\Router;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $serviceProviders = [];

    protected bool $booted = false;

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance(self::class, $this);
        $this->instance(Container::class, $this);
        $this->instance('app', $this);
        $this->instance('router', new Router($this));
        $this->instance(Router::class, $this->make('router'));
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    /**
     * @param list<string> $names config files under config/, loaded once at boot
     */
    public function loadConfiguration(array $names): void
    {
        $items = [];
        foreach ($names as $name) {
            $items[$name] = require $this->basePath('config/' . $name . '.php');
        }
        $this->instance('config', new Repository($items));
    }

    public function register(string $provider): ServiceProvider
    {
        $instance = new $provider($this);
        $instance->register();
        $this->serviceProviders[] = $instance;

        return $instance;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->serviceProviders as $provider) {
            $provider->boot();
        }
        $this->booted = true;
    }
}
