<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;
use Symfony\Contracts\EventDispatcher\EventDispatcherInterface;

/**
 * Consumes messages from receivers and hands them to the bus.
 */
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
        private ?EventDispatcherInterface $eventDispatcher = null,
    ) {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? \PHP_INT_MAX;

        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $receiver, $transportName);
                    $this->eventDispatcher?->dispatch(new WorkerRunningEvent(false));
                    if (++$this->handled >= $limit) {
                        $this->stop();
                    }
                    if ($this->shouldStop) {
                        break 2;
                    }
                }
            }
            if (!$envelopeHandled) {
                $this->eventDispatcher?->dispatch(new WorkerRunningEvent(true));
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
            $envelope = $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
        } catch (\Throwable $e) {
            $receiver->reject($envelope);

            return;
        }

        $receiver->ack($envelope);
        $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
    }
}
