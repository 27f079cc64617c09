<?php

declare(strict_types=1);

namespace App\Http;

final class ServerRequest
{
    /** @param array<string, string> $headers @param array<string, string> $attributes */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
        public readonly array $attributes = [],
    ) {
    }
}

final class Response
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly int $status, public readonly array $headers, public readonly EventStream $body)
    {
    }
}

/** Writable server-sent-events body; listeners are dropped on close. */
final class EventStream
{
    /** @var array<string, list<\Closure>> */
    private array $listeners = [];
    private bool $closed = false;
    private int $bytes = 0;

    public function __construct(public readonly string $channel)
    {
    }

    public function on(string $event, \Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function write(string $chunk): bool
    {
        if ($this->closed) {
            return false;
        }
        $this->bytes += strlen($chunk);

        return true;
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $onClose = $this->listeners['close'] ?? [];
        $this->listeners = [];
        foreach ($onClose as $listener) {
            $listener();
        }
    }
}
