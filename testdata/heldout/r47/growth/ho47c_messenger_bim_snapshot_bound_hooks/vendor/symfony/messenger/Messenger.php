<?php

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null)
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

    /** Routes a message to the handlers registered for its class. */
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
                $handler($message);
            }
            return $envelope;
        }
    }
}

namespace Symfony\Component\Messenger\Transport {

    use Symfony\Component\Messenger\Envelope;

    /** In-memory transport: a generator of envelopes produced on demand. */
    final class InMemoryTransport
    {
        /** @param \Closure(int): object $producer */
        public function __construct(private \Closure $producer, private int $limit)
        {
        }

        /** @return iterable<Envelope> */
        public function get(): iterable
        {
            for ($i = 0; $i < $this->limit; $i++) {
                yield new Envelope(($this->producer)($i));
            }
        }
    }
}

namespace Symfony\Component\Messenger\Worker {

    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Transport\InMemoryTransport;

    /** Stand-in for messenger:consume: pull, dispatch, ack. */
    final class Worker
    {
        private int $acked = 0;

        public function __construct(private InMemoryTransport $transport, private MessageBus $bus)
        {
        }

        public function run(): void
        {
            foreach ($this->transport->get() as $envelope) {
                $this->bus->dispatch($envelope);
                $this->acked++;
            }
        }
    }
}
