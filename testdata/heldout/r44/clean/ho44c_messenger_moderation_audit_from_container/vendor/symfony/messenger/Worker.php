<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBusInterface $bus,
        private ?EventDispatcher $eventDispatcher = null,
    ) {
    }

    public function run(array $options = []): void
    {
        // messenger:consume --limit
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        $handled = 0;

        while ($handled < $limit) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                    $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
                    $envelopeHandled = true;
                    $handled++;
                }
            }
            $this->eventDispatcher?->dispatch(new WorkerRunningEvent(!$envelopeHandled));
        }
    }
}
