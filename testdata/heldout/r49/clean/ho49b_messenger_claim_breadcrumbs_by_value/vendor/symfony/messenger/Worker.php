<?php
namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Stand-in for messenger:consume's Worker: polls the receivers, dispatches
 * each envelope on the bus and acks or rejects it, until told to stop.
 */
class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBus $bus)
    {
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
                $this->stop(); // the stand-in's broker is drained
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
