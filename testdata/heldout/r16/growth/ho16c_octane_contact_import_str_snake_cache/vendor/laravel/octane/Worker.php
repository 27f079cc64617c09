<?php

declare(strict_types=1);

namespace Laravel\Octane;

final class RequestTerminated
{
    public function __construct(public readonly array $request, public readonly array $response) {}
}

/**
 * Stand-in for Octane's worker: boots once, handles many requests, and
 * fires the listeners configured in config/octane.php after each one.
 */
final class Worker
{
    /** @var list<object> */
    private array $terminatedListeners = [];

    /** @param callable(array): array $kernel */
    public function __construct(private $kernel, array $octaneConfig)
    {
        foreach ($octaneConfig['listeners'][RequestTerminated::class] ?? [] as $listenerClass) {
            $this->terminatedListeners[] = new $listenerClass();
        }
    }

    public function handle(array $request): array
    {
        $response = ($this->kernel)($request);

        $event = new RequestTerminated($request, $response);
        foreach ($this->terminatedListeners as $listener) {
            $listener->handle($event);
        }

        return $response;
    }
}
