<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Transport\InMemoryTransport;

/**
 * Stand-in for Symfony\Component\Messenger\Worker as run by
 * `bin/console messenger:consume billing --limit=N`.
 */
final class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, InMemoryTransport> $receivers */
    public function __construct(private array $receivers, private MessageBus $bus)
    {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        $handled = 0;

        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);

                    if (++$handled >= $limit) {
                        $this->stop();
                    }
                }
                if ($this->shouldStop) {
                    break 2;
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
