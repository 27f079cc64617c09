<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(private readonly object $message, public readonly string $id)
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

interface TransportInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class Worker
{
    private bool $shouldStop = false;

    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private readonly TransportInterface $transport,
        private readonly array $handlers,
    ) {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            $received = false;
            foreach ($this->transport->get() as $envelope) {
                $received = true;
                $message = $envelope->getMessage();
                ($this->handlers[$message::class])($message);
                $this->transport->ack($envelope);
            }
            if (!$received) {
                $this->stop();
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
