<?php

namespace MessengerLite;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;

    public function reject(Envelope $envelope): void;
}

final class Worker
{
    private int $handled = 0;

    public function __construct(private readonly ReceiverInterface $receiver, private readonly MessageBus $bus)
    {
    }

    public function run(int $limit): void
    {
        while ($this->handled < $limit) {
            foreach ($this->receiver->get() as $envelope) {
                try {
                    $this->receiver->ack($this->bus->dispatch($envelope));
                } catch (HandlerFailedException $e) {
                    $this->receiver->reject($e->envelope);
                }
                $this->handled++;
            }
        }
    }
}
