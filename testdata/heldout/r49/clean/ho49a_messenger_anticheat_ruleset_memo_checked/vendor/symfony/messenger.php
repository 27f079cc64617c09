<?php
// Minimal stand-ins for symfony/messenger: envelope, bus, handler
// middleware, an in-memory transport and the consume worker loop.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $handles = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger\Stamp {
    interface StampInterface
    {
    }

    final class TransportMessageIdStamp implements StampInterface
    {
        public function __construct(public readonly string|int $id)
        {
        }
    }

    final class HandledStamp implements StampInterface
    {
        public function __construct(public readonly mixed $result, public readonly string $handlerName)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Stamp\HandledStamp;
    use Symfony\Component\Messenger\Stamp\StampInterface;

    final class Envelope
    {
        /** @var array<class-string, list<StampInterface>> */
        private array $stamps = [];

        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public static function wrap(object $message, array $stamps = []): self
        {
            return $message instanceof self ? $message->with(...$stamps) : new self($message, $stamps);
        }

        public function with(StampInterface ...$stamps): self
        {
            $clone = clone $this;
            foreach ($stamps as $stamp) {
                $clone->stamps[$stamp::class][] = $stamp;
            }
            return $clone;
        }

        public function last(string $stampFqcn): ?StampInterface
        {
            return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message, array $stamps = []): Envelope;
    }

    final class MessageBus implements MessageBusInterface
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(object $message, array $stamps = []): Envelope
        {
            $envelope = Envelope::wrap($message, $stamps);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $name => $handler) {
                $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), is_string($name) ? $name : get_debug_type($handler)));
            }
            return $envelope;
        }
    }
}

namespace Symfony\Component\Messenger\Transport {
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;

        public function reject(Envelope $envelope): void;
    }

    /** Stand-in for the doctrine/redis transport: pulls one message per get() from the broker. */
    final class BrokerTransport implements TransportInterface
    {
        private int $delivered = 0;

        public function __construct(private \Closure $broker, private int $available)
        {
        }

        public function get(): iterable
        {
            if ($this->delivered >= $this->available) {
                return [];
            }
            $id = ++$this->delivered;
            return [new Envelope(($this->broker)($id), [new TransportMessageIdStamp($id)])];
        }

        public function ack(Envelope $envelope): void
        {
        }

        public function reject(Envelope $envelope): void
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
    use Symfony\Component\Messenger\Transport\TransportInterface;

    /** messenger:consume — loops until the transport is empty (here) or a stop listener fires. */
    final class Worker
    {
        public function __construct(private array $receivers, private MessageBusInterface $bus)
        {
        }

        public function run(array $options = []): void
        {
            $limit = $options['limit'] ?? PHP_INT_MAX;
            $handled = 0;
            while ($handled < $limit) {
                $got = false;
                /** @var TransportInterface $receiver */
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $got = true;
                        try {
                            $this->bus->dispatch($envelope->getMessage(), [$envelope->last(TransportMessageIdStamp::class)]);
                            $receiver->ack($envelope);
                        } catch (\Throwable) {
                            $receiver->reject($envelope);
                        }
                        $handled++;
                    }
                }
                if (!$got) {
                    return;
                }
            }
        }
    }
}
