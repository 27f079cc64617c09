<?php

namespace Symfony\Component\Messenger\Transport {
    use Symfony\Component\Messenger\Envelope;

    /** Stand-in transport that produces the next message on demand. */
    final class InMemoryTransport
    {
        private int $produced = 0;
        private int $acked = 0;
        private int $rejected = 0;

        /** @param \Closure(int): Envelope $producer */
        public function __construct(private \Closure $producer)
        {
        }

        /** @return iterable<Envelope> */
        public function get(): iterable
        {
            return [($this->producer)($this->produced++)];
        }

        public function ack(Envelope $envelope): void
        {
            $this->acked++;
        }

        public function reject(Envelope $envelope): void
        {
            $this->rejected++;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Monolog\Logger;
    use Symfony\Component\Messenger\Stamp\ReceivedStamp;
    use Symfony\Component\Messenger\Transport\InMemoryTransport;

    final class Worker
    {
        private int $handled = 0;

        /** @param array<string, InMemoryTransport> $receivers */
        public function __construct(private array $receivers, private MessageBus $bus, private Logger $logger)
        {
        }

        /** @param array{limit: int} $options */
        public function run(array $options): void
        {
            while ($this->handled < $options['limit']) {
                foreach ($this->receivers as $name => $transport) {
                    foreach ($transport->get() as $envelope) {
                        $this->handleMessage($envelope->with(new ReceivedStamp($name)), $transport);
                        if (++$this->handled >= $options['limit']) {
                            return;
                        }
                    }
                }
            }
        }

        private function handleMessage(Envelope $envelope, InMemoryTransport $transport): void
        {
            try {
                $this->bus->dispatch($envelope);
                $transport->ack($envelope);
            } catch (\Throwable $e) {
                $this->logger->error('Error thrown while handling message: ' . $e->getMessage(), ['class' => $envelope->getMessage()::class]);
                $transport->reject($envelope);
            }
        }
    }
}
