<?php
namespace Symfony\Component\Messenger {

    final class Envelope
    {
        /** @param array<class-string, list<object>> $stamps */
        public function __construct(private object $message, private array $stamps = []) {}

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

    interface MessageBusInterface
    {
        public function dispatch(object $message): Envelope;
    }

    final class MessageBus implements MessageBusInterface
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers) {}

        public function dispatch(object $message): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }
            return $envelope;
        }
    }
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }
}

namespace Symfony\Component\Messenger {

    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    /** Consumes messages as `messenger:consume` does, until the limit. */
    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(
            private array $receivers,
            private MessageBusInterface $bus,
            private int $messageLimit,
        ) {}

        public function run(): void
        {
            $handled = 0;
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $envelopeHandled = true;
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        if (++$handled >= $this->messageLimit) {
                            $this->shouldStop = true;
                        }
                        break 2;
                    }
                }
                if (!$envelopeHandled) {
                    $this->shouldStop = true;
                }
            }
        }
    }
}
