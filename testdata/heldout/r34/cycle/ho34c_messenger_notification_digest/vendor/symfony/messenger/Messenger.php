<?php

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    final class MessageBus
    {
        /** @var array<class-string, list<callable>> */
        private array $handlers = [];

        public function addHandler(string $messageClass, callable $handler): void
        {
            $this->handlers[$messageClass][] = $handler;
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            foreach ($this->handlers[get_class($envelope->getMessage())] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }
            return $envelope;
        }
    }

    /** Stand-in for messenger:consume: pulls PHPLEAK_N messages from the transport. */
    final class Worker
    {
        public function __construct(private iterable $receiver, private MessageBus $bus)
        {
        }

        public function run(): void
        {
            foreach ($this->receiver as $message) {
                $this->bus->dispatch($message);
            }
        }
    }
}
