<?php

declare(strict_types=1);

namespace App\Octane;

// Stand-in for the slice of laravel/octane this app relies on: a worker that
// fires RequestReceived / RequestTerminated around every request.

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $input,
        public readonly string $sessionId,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $content)
    {
    }
}

final class RequestReceived
{
    public function __construct(public readonly Request $request)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly Request $request, public readonly Response $response)
    {
    }
}

final class Dispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class Worker
{
    /** @param callable(Request): Response $kernel */
    public function __construct(private readonly Dispatcher $events, private $kernel)
    {
    }

    public function handle(Request $request): Response
    {
        $this->events->dispatch(new RequestReceived($request));
        $response = ($this->kernel)($request);
        $this->events->dispatch(new RequestTerminated($request, $response));

        return $response;
    }
}
