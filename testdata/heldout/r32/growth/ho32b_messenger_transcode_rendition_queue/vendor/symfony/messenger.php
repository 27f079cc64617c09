<?php
// Stand-ins for the slice of symfony/messenger a consumer process uses.

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

        public function with(object $stamp): self
        {
            $clone = clone $this;
            $clone->stamps[$stamp::class][] = $stamp;
            return $clone;
        }
    }

    final class HandledStamp
    {
        public function __construct(public readonly mixed $result, public readonly string $handlerName)
        {
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            $message = $envelope->getMessage();
            foreach ($this->handlers[$message::class] ?? [] as $handler) {
                $envelope = $envelope->with(new HandledStamp($handler($message), get_debug_type($handler)));
            }
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

        public function __construct(private ReceiverInterface $receiver, private MessageBus $bus)
        {
        }

        public function run(): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receiver->get() as $envelope) {
                    $handled = true;
                    $this->bus->dispatch($envelope);
                    $this->receiver->ack($envelope);
                }
                if (!$handled) {
                    $this->shouldStop = true; // --stop-when-empty
                }
            }
        }
    }
}
