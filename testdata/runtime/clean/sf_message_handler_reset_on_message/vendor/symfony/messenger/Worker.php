<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStartedEvent;
use Symfony\Component\Messenger\Event\WorkerStoppedEvent;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;
use Symfony\Contracts\EventDispatcher\EventDispatcherInterface;

class Worker
{
    private bool $shouldStop = false;

    /**
     * @param ReceiverInterface[] $receivers Where the key is the transport name
     */
    public function __construct(private array $receivers, private MessageBusInterface $bus, private ?EventDispatcherInterface $eventDispatcher = null)
    {
    }

    /**
     * Stand-in: a real worker sleeps and polls its transports again when they are empty; this one returns.
     */
    public function run(array $options = []): void
    {
        $this->shouldStop = false;
        $this->eventDispatcher?->dispatch(new WorkerStartedEvent($this));

        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $transportName => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $receiver, $transportName);
                    $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, false));
                    if ($this->shouldStop) {
                        break 2;
                    }
                }
            }
            if (!$envelopeHandled) {
                $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, true));
                break;
            }
        }

        $this->eventDispatcher?->dispatch(new WorkerStoppedEvent($this));
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }

    private function handleMessage(Envelope $envelope, ReceiverInterface $receiver, string $transportName): void
    {
        $this->eventDispatcher?->dispatch(new WorkerMessageReceivedEvent($envelope, $transportName));
        $envelope = $this->bus->dispatch($envelope->with(new ReceivedStamp($transportName)));
        $receiver->ack($envelope);
        $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
    }
}
