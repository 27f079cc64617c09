<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private readonly array $receivers, private readonly MessageBusInterface $bus)
    {
    }

    public function run(array $options = []): void
    {
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $transportName, $receiver);
                }
            }
            if (!$envelopeHandled && ($options['stop_when_empty'] ?? false)) {
                $this->stop();
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }

    private function handleMessage(Envelope $envelope, string $transportName, ReceiverInterface $receiver): void
    {
        try {
            $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
            $receiver->ack($envelope);
        } catch (\Throwable) {
            $receiver->reject($envelope);
        }
    }
}
