<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStartedEvent;
use Symfony\Component\Messenger\Event\WorkerStoppedEvent;
use Symfony\Component\Messenger\Stamp\ReceivedStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(
        private array $receivers,
        private MessageBus $bus,
        private ?EventDispatcher $eventDispatcher = null,
    ) {
    }

    public function run(array $options = []): void
    {
        $options += ['sleep' => 1000000];
        $this->eventDispatcher?->dispatch(new WorkerStartedEvent($this));

        while (!$this->shouldStop) {
            $envelopeHandled = false;
            $envelopeHandledStart = microtime(true);
            foreach ($this->receivers as $transportName => $receiver) {
                $envelopes = $receiver->get();

                foreach ($envelopes as $envelope) {
                    $envelopeHandled = true;

                    $this->handleMessage($envelope, $transportName);
                    $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, false));

                    if ($this->shouldStop) {
                        break 2;
                    }
                }

                if ($envelopeHandled) {
                    break;
                }
            }

            if (!$envelopeHandled) {
                $this->eventDispatcher?->dispatch(new WorkerRunningEvent($this, true));

                if (0 < $sleep = (int) ($options['sleep'] - 1e6 * (microtime(true) - $envelopeHandledStart))) {
                    usleep($sleep);
                }
            }
        }

        $this->eventDispatcher?->dispatch(new WorkerStoppedEvent($this));
    }

    private function handleMessage(Envelope $envelope, string $transportName): void
    {
        $event = new WorkerMessageReceivedEvent($envelope, $transportName);
        $this->eventDispatcher?->dispatch($event);

        $envelope = $this->bus->dispatch($envelope->getMessage(), [new ReceivedStamp($transportName)]);
        $this->receivers[$transportName]->ack($envelope);

        $this->eventDispatcher?->dispatch(new WorkerMessageHandledEvent($envelope, $transportName));
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
