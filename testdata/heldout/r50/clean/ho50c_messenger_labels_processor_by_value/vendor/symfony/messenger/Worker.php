<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBus $bus,
        private EventDispatcher $eventDispatcher,
    ) {
    }

    public function run(array $options = []): void
    {
        $this->shouldStop = false;
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $transportName, $receiver);
                    $this->eventDispatcher->dispatch(new WorkerRunningEvent($this, false));
                    if ($this->shouldStop) {
                        break 2;
                    }
                }
            }
            if (!$envelopeHandled) {
                $this->eventDispatcher->dispatch(new WorkerRunningEvent($this, true));
                if (!$this->shouldStop) {
                    usleep($options['sleep'] ?? 1000);
                }
            }
        }
    }

    private function handleMessage(Envelope $envelope, string $transportName, ReceiverInterface $receiver): void
    {
        $this->eventDispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $transportName));
        try {
            $envelope = $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
        } catch (\Throwable $e) {
            $receiver->reject($envelope);
            $this->eventDispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $transportName, $e));

            return;
        }
        $receiver->ack($envelope);
        $this->eventDispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
