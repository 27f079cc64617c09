<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Transport\InMemoryTransport;

final class Worker
{
    /** @param array<string, InMemoryTransport> $receivers */
    public function __construct(
        private array $receivers,
        private array $handlers,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(): void
    {
        while (true) {
            $envelopeHandled = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    $this->handleMessage($envelope, $receiver, $name);
                }
            }
            if (!$envelopeHandled) {
                return;
            }
        }
    }

    private function handleMessage(Envelope $envelope, InMemoryTransport $receiver, string $receiverName): void
    {
        $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $receiverName));
        try {
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }
        } catch (\Throwable $e) {
            $receiver->reject($envelope);
            $this->dispatcher->dispatch(new WorkerMessageFailedEvent($envelope, $receiverName, $e));
            return;
        }
        $receiver->ack($envelope);
        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $receiverName));
    }
}
