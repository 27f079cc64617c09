<?php
// Minimal container, event dispatcher and application that registers and boots service providers.

class Container
{
    protected array $bindings = [];
    protected array $instances = [];

    public function singleton(string $id, callable $factory): void { $this->bindings[$id] = $factory; }

    public function make(string $id): mixed { return $this->instances[$id] ??= ($this->bindings[$id])($this); }
}

final class Dispatcher
{
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        array_map(fn (callable $listener) => $listener($event), $this->listeners[$event::class] ?? []);
    }
}

abstract class ServiceProvider
{
    public function __construct(protected Application $app) {}

    public function register(): void {}
    public function boot(): void {}
}

final class Application extends Container
{
    /** @var ServiceProvider[] */
    private array $providers = [];
    private bool $booted = false;

    public function register(ServiceProvider $provider): void
    {
        $provider->register();
        $this->providers[$provider::class] = $provider;
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
}
