<?php

namespace Illuminate\Foundation;

class Application
{
    private array $instances = [];

    public function singleton(string $abstract, object $instance): void { $this->instances[$abstract] = $instance; }

    public function make(string $abstract): object
    {
        if (isset($this->instances[$abstract])) return $this->instances[$abstract];
        $args = [];
        foreach ((new \ReflectionClass($abstract))->getConstructor()?->getParameters() ?? [] as $param) {
            $args[] = $this->make($param->getType()->getName());
        }
        return new $abstract(...$args);
    }
}

namespace Laravel\Octane\Events;

final class RequestReceived { public function __construct(public string $uri) {} }
final class RequestTerminated { public function __construct(public string $uri, public int $status) {} }
final class WorkerStopping {}

namespace Laravel\Octane;

use Illuminate\Foundation\Application;

final class Worker
{
    public function __construct(private Application $app, private array $listeners, private \Closure $kernel) {}

    public function handle(string $uri): void
    {
        $this->dispatch(new Events\RequestReceived($uri));
        $status = ($this->kernel)($uri);
        $this->dispatch(new Events\RequestTerminated($uri, $status));
    }

    public function terminate(): void { $this->dispatch(new Events\WorkerStopping()); }

    private function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $this->app->make($listener)->handle($event);
        }
    }
}
