<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    private array $stamps = [];

    public function __construct(private readonly object $message, array $stamps = [])
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(object ...$stamps): self
    {
        $clone = clone $this;
        foreach ($stamps as $stamp) {
            $clone->stamps[$stamp::class][] = $stamp;
        }

        return $clone;
    }
}

final class TransportMessageIdStamp
{
    public function __construct(public readonly string $id)
    {
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;

    public function reject(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

abstract class AbstractWorkerMessageEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerMessageReceivedEvent extends AbstractWorkerMessageEvent
{
}

final class WorkerMessageHandledEvent extends AbstractWorkerMessageEvent
{
}

final class WorkerMessageFailedEvent extends AbstractWorkerMessageEvent
{
    public function __construct(Envelope $envelope, string $receiverName, public readonly \Throwable $throwable)
    {
        parent::__construct($envelope, $receiverName);
    }
}

final class WorkerRunningEvent
{
    public function __construct(public readonly bool $isWorkerIdle)
    {
    }
}

namespace Symfony\Component\EventDispatcher;

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

class EventDispatcher
{
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

final class Worker
{
    /**
     * @param array<string, ReceiverInterface> $receivers
     * @param array<class-string, callable>    $handlers
     */
    public function __construct(
        private readonly array $receivers,
        private readonly array $handlers,
        private readonly EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        while (true) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $receiver, $transportName);
                    $this->dispatcher->dispatch(new WorkerRunningEvent(false));
                }
            }

            if (!$envelopeHandled) {
                return;
            }
        }
    }

    private function handleMessage(Envelope $envelope, ReceiverInterface $receiver, string $transportName): void
    {
        $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $transportName));

        try {
            $message = $envelope->getMessage();
            ($this->handlers[$message::class])($message);
        } catch (\Throwable $e) {
            $receiver->reject($envelope);
            $this->dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $transportName, $e));

            return;
        }

        $receiver->ack($envelope);
        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
    }
}
