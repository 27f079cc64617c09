<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<string, string> $stamps */
    public function __construct(
        private readonly object $message,
        private readonly array $stamps = [],
    ) {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function stamp(string $name): ?string
    {
        return $this->stamps[$name] ?? null;
    }
}

interface MiddlewareInterface
{
    /** @param callable(Envelope): Envelope $next */
    public function handle(Envelope $envelope, callable $next): Envelope;
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
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

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware, private readonly \Closure $handler)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $next = function (Envelope $e): Envelope {
            ($this->handler)($e->getMessage());

            return $e;
        };
        foreach (array_reverse($this->middleware) as $mw) {
            $next = static fn (Envelope $e): Envelope => $mw->handle($e, $next);
        }

        return $next($envelope);
    }
}

/** Stand-in for messenger:consume: pulls envelopes from a transport. */
final class Worker
{
    /** @param iterable<Envelope> $transport */
    public function __construct(
        private readonly iterable $transport,
        private readonly MessageBus $bus,
        private readonly EventDispatcher $events,
    ) {
    }

    public function run(): void
    {
        foreach ($this->transport as $envelope) {
            $this->bus->dispatch($envelope);
            $this->events->dispatch(new WorkerMessageHandledEvent($envelope, 'async'));
        }
    }
}
