<?php

declare(strict_types=1);

namespace App\Octane;

use App\Foundation\Container;
use App\Foundation\Dispatcher;

/*
 * Stand-ins for laravel/octane's worker, events and the listener that flushes scoped instances.
 */

final class RequestReceived
{
    public function __construct(public readonly Container $sandbox, public readonly array $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly Container $sandbox, public readonly array $request, public readonly array $response)
    {
    }
}

final class FlushScopedInstances
{
    public function __invoke(RequestTerminated $event): void
    {
        $event->sandbox->forgetScopedInstances();
    }
}

final class Worker
{
    public function __construct(private Container $app, private \Closure $router)
    {
    }

    public function handle(array $request): array
    {
        /** @var Dispatcher $events */
        $events = $this->app->make('events');
        $events->dispatch(new RequestReceived($this->app, $request));

        $response = ($this->router)($request);

        $events->dispatch(new RequestTerminated($this->app, $request, $response));

        return $response;
    }
}

/**
 * Stand-in for the Swoole/RoadRunner client Octane reads requests from.
 */
final class RequestSource
{
    private int $next = 0;

    public function __construct(private int $limit)
    {
    }

    public function nextRequest(): ?array
    {
        if ($this->next >= $this->limit) {
            return null;
        }
        $this->next++;

        return [
            'uri' => '/invoices/' . $this->next . '/pdf',
            'number' => sprintf('2024-%06d', $this->next),
            'tenant' => 'tenant-' . ($this->next % 7),
            'customer' => 'Customer account #' . (5000 + $this->next),
        ];
    }
}
