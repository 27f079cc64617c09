<?php

namespace Symfony\Component\EventDispatcher {
    final class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $eventName, callable $listener): void
        {
            $this->listeners[$eventName][] = $listener;
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = []) {}

        public function getMessage(): object
        {
            return $this->message;
        }
    }
}

namespace Symfony\Component\Messenger\Event {
    use Symfony\Component\Messenger\Envelope;

    final class WorkerMessageFailedEvent
    {
        public function __construct(private Envelope $envelope, private string $receiverName, private \Throwable $error) {}

        public function getEnvelope(): Envelope
        {
            return $this->envelope;
        }
    }
}

namespace Symfony\Component\Messenger\Transport {
    use Symfony\Component\Messenger\Envelope;

    interface TransportInterface
    {
        public function send(Envelope $envelope): Envelope;
    }
}
