<?php

namespace SymfonyLite\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

interface TransportInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class InMemoryTransport implements TransportInterface
{
    private int $delivered = 0;

    public function __construct(private int $limit, private \Closure $producer)
    {
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }

        return [new Envelope(($this->producer)($this->delivered++))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private TransportInterface $transport, private array $handlers)
    {
    }

    public function run(): void
    {
        while (true) {
            $received = false;
            foreach ($this->transport->get() as $envelope) {
                $received = true;
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->transport->ack($envelope);
            }
            if (!$received) {
                return;
            }
        }
    }
}
