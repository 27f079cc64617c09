<?php

declare(strict_types=1);

namespace Illuminate\Foundation;

use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Support\ServiceProvider;

class Application extends Container
{
    /** @var list<ServiceProvider> */
    protected array $serviceProviders = [];
    protected bool $booted = false;

    public function __construct(protected string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->instance(self::class, $this);
        $this->singleton('events', static fn (Container $app) => new Dispatcher($app));
        $this->alias('events', Dispatcher::class);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . $path : '');
    }

    public function register(ServiceProvider|string $provider): ServiceProvider
    {
        if (is_string($provider)) {
            $provider = new $provider($this);
        }
        $provider->register();
        $this->serviceProviders[] = $provider;
        if ($this->booted && method_exists($provider, 'boot')) {
            $this->call([$provider, 'boot']);
        }
        return $provider;
    }

    public function boot(): void
    {
        foreach ($this->serviceProviders as $provider) {
            if (method_exists($provider, 'boot')) {
                $this->call([$provider, 'boot']);
            }
        }
        $this->booted = true;
    }
}
