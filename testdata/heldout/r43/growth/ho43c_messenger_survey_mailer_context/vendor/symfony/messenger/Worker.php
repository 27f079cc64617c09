<?php

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\ReceiverInterface;

final class Worker
{
    private int $handled = 0;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBus $bus) {}

    public function run(int $limit): void
    {
        while ($this->handled < $limit) {
            $got = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $got = true;
                    $this->bus->dispatch($envelope->with(new Stamp\ReceivedStamp($name)));
                    $receiver->ack($envelope);
                    $this->handled++;
                }
            }
            if (!$got) {
                return;
            }
        }
    }
}
