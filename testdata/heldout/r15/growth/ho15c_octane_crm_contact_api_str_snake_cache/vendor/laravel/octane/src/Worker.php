<?php

declare(strict_types=1);

namespace Laravel\Octane\Events;

final class RequestReceived
{
    public function __construct(public readonly array $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly array $request, public readonly array $response)
    {
    }
}

namespace Laravel\Octane;

use Laravel\Octane\Events\RequestReceived;
use Laravel\Octane\Events\RequestTerminated;

/**
 * Minimal stand-in for Octane's worker: one application instance serves every
 * request, and the listeners from config/octane.php run around each one.
 */
final class Worker
{
    /** @var array<class-string, list<object>> */
    private array $listeners = [];

    /** @param array<class-string, list<class-string>> $listenerConfig */
    public function __construct(private \Closure $kernel, array $listenerConfig)
    {
        foreach ($listenerConfig as $event => $classes) {
            foreach ($classes as $class) {
                $this->listeners[$event][] = new $class();
            }
        }
    }

    public function handle(array $request): array
    {
        $this->fire(new RequestReceived($request));
        $response = ($this->kernel)($request);
        $this->fire(new RequestTerminated($request, $response));

        return $response;
    }

    private function fire(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener->handle($event);
        }
    }
}
