<?php

declare(strict_types=1);

namespace App\Messaging;

use App\Outbox\DomainEvent;
use App\Outbox\EventOutbox;

final class Envelope
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly object $message, public readonly array $headers = [])
    {
    }
}

interface Middleware
{
    /** @param callable(Envelope): mixed $next */
    public function handle(Envelope $envelope, callable $next): mixed;
}

final class MessageBus
{
    /** @param list<Middleware> $middleware  @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $middleware, private readonly array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): mixed
    {
        $core = function (Envelope $e): mixed {
            $handler = $this->handlers[$e->message::class] ?? throw new \LogicException('No handler for ' . $e->message::class);

            return $handler($e->message);
        };

        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (callable $next, Middleware $m): callable => static fn (Envelope $e): mixed => $m->handle($e, $next),
            $core,
        );

        return $pipeline($envelope);
    }
}

/** Publishes the outbox after the handler returned, like DispatchAfterCurrentBus. */
final class ReleaseOutboxMiddleware implements Middleware
{
    /** @param array<string, list<callable(DomainEvent): void>> $listeners */
    public function __construct(private readonly EventOutbox $outbox, private readonly array $listeners)
    {
    }

    public function handle(Envelope $envelope, callable $next): mixed
    {
        $result = $next($envelope);

        if ($this->outbox->hasPending()) {
            $this->outbox->release(function (DomainEvent $event): void {
                foreach ($this->listeners[$event->name] ?? [] as $listener) {
                    $listener($event);
                }
            });
        }

        return $result;
    }
}
