<?php
// Octane-style stand-ins: a container application cloned into a per-request sandbox and request lifecycle events dispatched to configured listeners.

class Application
{
    protected array $instances = [];
    protected array $config = [];

    public function __construct(array $config)
    {
        $this->config = $config;
    }

    public function instance(string $abstract, mixed $instance): void
    {
        $this->instances[$abstract] = $instance; // leak
    }

    public function make(string $abstract): mixed
    {
        return $this->instances[$abstract] ?? null;
    }

    public function config(string $key): mixed
    {
        return $this->config[$key] ?? null;
    }

    public function flush(): void
    {
        $this->instances = [];
    }
}

final class RequestReceived
{
    public function __construct(public readonly Application $app, public readonly Application $sandbox, public readonly array $request) {}
}

final class RequestTerminated
{
    public function __construct(public readonly Application $app, public readonly Application $sandbox, public readonly array $request) {}
}

final class FlushTemporaryContainerInstances
{
    public function handle(RequestTerminated $event): void
    {
        $event->sandbox->flush();
    }
}

final class FlushLocaleState
{
    public function handle(RequestTerminated $event): void
    {
        $event->sandbox->instance('locale', $event->app->config('app.locale'));
    }
}

final class GiveNewApplicationInstanceToRequest
{
    public function handle(RequestReceived $event): void
    {
        $event->sandbox->instance('request', $event->request);
    }
}

final class Worker
{
    public function __construct(private Application $app) {}

    public function handle(array $request, Closure $kernel): string
    {
        $sandbox = clone $this->app;
        $sandbox->instance('app', $sandbox); // leak
        $this->dispatch(new RequestReceived($this->app, $sandbox, $request));
        $response = $kernel($sandbox);
        $this->dispatch(new RequestTerminated($this->app, $sandbox, $request));
        return $response;
    }

    private function dispatch(object $event): void
    {
        foreach ($this->app->config('octane.listeners')[$event::class] ?? [] as $listenerClass) {
            (new $listenerClass())->handle($event);
        }
    }
}
