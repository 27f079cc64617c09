<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

interface TransportInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->handlers[$envelope->message::class] ?? [] as $handler) {
            $handler($envelope->message);
        }

        return $envelope;
    }
}

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

final class WorkerStartedEvent
{
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerRunningEvent
{
    public function __construct(public readonly bool $isWorkerIdle)
    {
    }
}

final class WorkerStoppedEvent
{
}

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStartedEvent;
use Symfony\Component\Messenger\Event\WorkerStoppedEvent;

/**
 * Stand-in for Symfony\Component\Messenger\Worker: one long-lived loop per
 * `messenger:consume` process. WorkerStoppedEvent is only dispatched once
 * stop() was called (by a limit listener or a signal); without one the
 * consumer keeps polling.
 */
final class Worker
{
    private bool $shouldStop = false;

    /** Test harness only: return when the transport is empty, as if the process were killed. */
    public bool $idleExit = false;

    /** @param array<string, TransportInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBus $bus,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        $this->dispatcher->dispatch(new WorkerStartedEvent());
        while (!$this->shouldStop) {
            $handled = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $handled = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                    $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                }
            }
            $this->dispatcher->dispatch(new WorkerRunningEvent(!$handled));
            if (!$handled && $this->idleExit) {
                return; // test transport exhausted: the process is killed here, no stop event
            }
        }
        $this->dispatcher->dispatch(new WorkerStoppedEvent());
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
