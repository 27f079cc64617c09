<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * messenger:consume loop. Returns when every receiver comes back empty, which
 * is where the process manager would restart the consumer.
 */
class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBusInterface $bus,
        private ?object $eventDispatcher = null,
    ) {
    }

    public function run(array $options = []): void
    {
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    try {
                        $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
                        $receiver->ack($envelope);
                    } catch (\Throwable $e) {
                        $receiver->reject($envelope);
                    }
                }
            }
            if (!$envelopeHandled) {
                return;
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
