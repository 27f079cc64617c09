<?php

namespace Illuminate\Foundation;

use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $providers = [];

    protected bool $booted = false;

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->instance(self::class, $this);
        $this->instance('events', new Dispatcher($this));
        $this->alias('events', Dispatcher::class);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function loadConfiguration(): void
    {
        $items = [];
        foreach (glob($this->basePath('config') . '/*.php') as $file) {
            $items[basename($file, '.php')] = require $file;
        }
        $this->instance('config', new Repository($items));
    }

    public function register(string $provider): void
    {
        $instance = new $provider($this);
        $instance->register();
        $this->providers[] = $instance;
    }

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        foreach ($this->providers as $provider) {
            $provider->boot();
        }
        $this->booted = true;
    }

    public function getLocale(): string
    {
        return $this->make('config')->get('app.locale');
    }

    public function setLocale(string $locale): void
    {
        $this->make('config')->set('app.locale', $locale);
    }
}
