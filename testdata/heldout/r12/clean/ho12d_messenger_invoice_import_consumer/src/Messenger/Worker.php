<?php

declare(strict_types=1);

namespace App\Messenger;

/*
 * Minimal stand-ins for symfony/messenger and symfony/event-dispatcher.
 */

final class Envelope
{
    public function __construct(public readonly object $message, public readonly int $deliveryTag)
    {
    }
}

abstract class AbstractWorkerMessageEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerMessageHandledEvent extends AbstractWorkerMessageEvent
{
}

final class WorkerMessageFailedEvent extends AbstractWorkerMessageEvent
{
    public function __construct(Envelope $envelope, string $receiverName, public readonly \Throwable $error)
    {
        parent::__construct($envelope, $receiverName);
    }
}

interface EventSubscriberInterface
{
    /** @return array<class-string, string> */
    public static function getSubscribedEvents(): array;
}

final class EventDispatcher
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $eventName => $method) {
            $this->listeners[$eventName][] = [$subscriber, $method];
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

final class MessageBus
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        ($this->handlers[$envelope->message::class])($envelope->message);

        return $envelope;
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBus $bus,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(int $limit): void
    {
        $handled = 0;
        while (!$this->shouldStop) {
            foreach ($this->receivers as $receiverName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $this->handleMessage($envelope, $receiverName);
                    $receiver->ack($envelope);
                    if (++$handled >= $limit) {
                        $this->shouldStop = true;
                        return;
                    }
                }
            }
        }
    }

    private function handleMessage(Envelope $envelope, string $receiverName): void
    {
        try {
            $this->bus->dispatch($envelope);
        } catch (\Throwable $error) {
            $this->dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $receiverName, $error));

            return;
        }

        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $receiverName));
    }
}
