<?php

declare(strict_types=1);

namespace App\Octane;

final class Request
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $query)
    {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $content)
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly Request $request, public readonly Response $response)
    {
    }
}

/** Stand-in for the Octane worker: boots once, then handles requests in a loop. */
final class OctaneWorker
{
    /** @var list<callable> */
    private array $terminating = [];

    public function __construct(private \Closure $kernel)
    {
    }

    public function onTerminating(callable $listener): void
    {
        $this->terminating[] = $listener;
    }

    public function handle(Request $request): Response
    {
        $response = ($this->kernel)($request);
        $event = new RequestTerminated($request, $response);
        foreach ($this->terminating as $listener) {
            $listener($event);
        }

        return $response;
    }
}
