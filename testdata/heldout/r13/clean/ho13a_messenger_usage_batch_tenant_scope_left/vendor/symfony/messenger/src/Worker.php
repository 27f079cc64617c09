<?php

namespace Symfony\Component\Messenger;

final class Worker
{
    private bool $shouldStop = false;
    private int $handled = 0;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBus $bus, private int $limit)
    {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                    if (++$this->handled >= $this->limit) {
                        $this->shouldStop = true;
                    }
                }
            }
        }
    }
}
