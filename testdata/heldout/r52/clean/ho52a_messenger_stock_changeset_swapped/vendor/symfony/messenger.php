<?php
// Stand-ins for the symfony/messenger pieces a `messenger:consume` process runs.

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
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    use Symfony\Component\Messenger\Envelope;

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;
        public function ack(Envelope $envelope): void;
        public function reject(Envelope $envelope): void;
    }
}

namespace Symfony\Component\Messenger\Handler {
    final class HandlersLocator
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        /** @return list<callable> */
        public function getHandlers(object $message): array
        {
            return $this->handlers[$message::class] ?? [];
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Handler\HandlersLocator;
    use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

    /** The consume loop: fetch, handle, ack, until the receivers run dry. */
    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private HandlersLocator $handlers)
        {
        }

        public function run(): void
        {
            while (!$this->shouldStop) {
                $handled = false;
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $handled = true;
                        try {
                            foreach ($this->handlers->getHandlers($envelope->getMessage()) as $handler) {
                                $handler($envelope->getMessage());
                            }
                            $receiver->ack($envelope);
                        } catch (\Throwable $e) {
                            $receiver->reject($envelope);
                        }
                    }
                }
                if (!$handled) {
                    $this->stop();
                }
            }
        }

        public function stop(): void
        {
            $this->shouldStop = true;
        }
    }
}
