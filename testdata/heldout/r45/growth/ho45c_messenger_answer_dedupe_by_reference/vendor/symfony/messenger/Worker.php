<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    private bool $shouldStop = false;
    private int $handled = 0;

    /**
     * @param array<string, ReceiverInterface> $receivers
     */
    public function __construct(
        private array $receivers,
        private MessageBusInterface $bus,
        private ?object $eventDispatcher = null,
        private ?object $logger = null,
    ) {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $receiver, $transportName);
                    if (++$this->handled >= $limit) {
                        $this->stop();
                    }
                    if ($this->shouldStop) {
                        break 2;
                    }
                }
            }
            if (!$envelopeHandled) {
                // transports are empty: the real worker sleeps here, the soak run ends
                break;
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }

    private function handleMessage(Envelope $envelope, ReceiverInterface $receiver, string $transportName): void
    {
        try {
            $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
        } catch (\Throwable $e) {
            $receiver->reject($envelope);

            return;
        }
        $receiver->ack($envelope);
    }
}
