<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\InMemoryTransport;

class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, InMemoryTransport> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBus $bus)
    {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        $handled = 0;

        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);

                    if (++$handled >= $limit) {
                        $this->stop();
                    }
                }
            }

            if (!$envelopeHandled) {
                $this->stop();
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
