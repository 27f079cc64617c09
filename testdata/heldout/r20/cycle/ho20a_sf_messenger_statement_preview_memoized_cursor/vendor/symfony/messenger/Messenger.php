<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

/** Transport stand-in: produces messages on demand, acks are counted only. */
final class InMemoryTransport
{
    private int $sent = 0;
    private int $acked = 0;

    public function __construct(private readonly \Closure $produce)
    {
    }

    /** @return iterable<Envelope> */
    public function get(): iterable
    {
        return [new Envelope(($this->produce)($this->sent++), ['transport' => 'async'])];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly InMemoryTransport $transport, private readonly array $handlers)
    {
    }

    public function run(int $limit): void
    {
        $handled = 0;
        while ($handled < $limit) {
            foreach ($this->transport->get() as $envelope) {
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->transport->ack($envelope);
                $handled++;
            }
        }
    }
}
