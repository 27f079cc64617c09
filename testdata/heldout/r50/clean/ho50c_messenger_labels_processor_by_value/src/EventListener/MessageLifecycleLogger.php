<?php

namespace App\EventListener;

use Monolog\Logger;
use Symfony\Component\Messenger\Event\AbstractWorkerMessageEvent;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Stamp\HandledStamp;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;

final class MessageLifecycleLogger
{
    public function __construct(private Logger $logger)
    {
    }

    public function onReceived(WorkerMessageReceivedEvent $event): void
    {
        $this->logger->debug('Received message', $this->context($event));
    }

    public function onHandled(WorkerMessageHandledEvent $event): void
    {
        $handled = $event->getEnvelope()->last(HandledStamp::class);
        $this->logger->info('Message handled', $this->context($event) + ['handler' => $handled?->getHandlerName()]);
    }

    public function onFailed(WorkerMessageFailedEvent $event): void
    {
        $this->logger->error('Message failed', $this->context($event) + ['error' => $event->getThrowable()->getMessage()]);
    }

    private function context(AbstractWorkerMessageEvent $event): array
    {
        $envelope = $event->getEnvelope();

        return [
            'message_class' => $envelope->getMessage()::class,
            'message_id' => $envelope->last(TransportMessageIdStamp::class)?->getId(),
            'transport' => $event->getReceiverName(),
        ];
    }
}
