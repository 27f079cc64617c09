<?php

namespace Illuminate\Foundation;

use Illuminate\Container\Container;

class Application extends Container
{
    protected bool $booted = false;
    protected array $serviceProviders = [];
    protected array $loadedProviders = [];

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
    }

    public function register(string $provider): void
    {
        $instance = new $provider($this);
        $instance->register();
        $this->serviceProviders[$provider] = $instance;
        $this->loadedProviders[$provider] = true;
    }

    public function boot(): void
    {
        $this->booted = true;
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function flush(): void
    {
        parent::flush();

        $this->serviceProviders = [];
        $this->loadedProviders = [];
    }
}
