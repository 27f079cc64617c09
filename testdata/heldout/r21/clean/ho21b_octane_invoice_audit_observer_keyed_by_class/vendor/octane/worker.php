<?php

declare(strict_types=1);

namespace Octane;

final class Request
{
    /** @param array<string, string> $headers @param array<string, mixed> $input */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly array $input,
    ) {}

    public function header(string $name, string $default = ''): string
    {
        return $this->headers[strtolower($name)] ?? $default;
    }
}

final class RequestReceived
{
    public function __construct(public readonly Request $request) {}
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
    /** @param callable(Request): array $kernel */
    public function __construct(private readonly Dispatcher $events, private $kernel) {}

    public function handle(Request $request): array
    {
        $this->events->dispatch(new RequestReceived($request));

        return ($this->kernel)($request);
    }
}
