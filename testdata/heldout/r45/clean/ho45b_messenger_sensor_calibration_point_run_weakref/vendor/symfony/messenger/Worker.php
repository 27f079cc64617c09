<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBusInterface $bus)
    {
    }

    /** Options as passed by messenger:consume (--limit). */
    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        $handled = 0;
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    try {
                        $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
                        $receiver->ack($envelope);
                    } catch (\Throwable) {
                        $receiver->reject($envelope);
                    }
                    if (++$handled >= $limit) {
                        $this->stop();
                        break 2;
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
