<?php
// Minimal stand-in for symfony/messenger: attribute, envelope, a bus that
// routes by message class, an in-memory receiver and the consume loop that
// `bin/console messenger:consume` runs.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $handles = null) {}
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = []) {}
        public function getMessage(): object { return $this->message; }
        public static function wrap(object $message): self { return $message instanceof self ? $message : new self($message); }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }

    final class MessageBus implements MessageBusInterface
    {
        /** @var array<class-string,list<callable>> */
        private array $handlers = [];

        /** @param iterable<object> $handlers invokable handlers tagged messenger.message_handler */
        public function __construct(iterable $handlers)
        {
            foreach ($handlers as $handler) {
                $ref = new \ReflectionMethod($handler, '__invoke');
                $type = $ref->getParameters()[0]->getType()->getName();
                $this->handlers[$type][] = $handler;
            }
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = Envelope::wrap($message);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
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

        /** @param array<string,ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private MessageBusInterface $bus) {}

        public function run(): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $handled = true;
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                    }
                }
                if (!$handled) {
                    $this->stop();
                }
            }
        }

        public function stop(): void { $this->shouldStop = true; }
    }
}
