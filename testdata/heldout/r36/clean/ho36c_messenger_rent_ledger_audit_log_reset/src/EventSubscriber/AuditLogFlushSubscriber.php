<?php

namespace App\EventSubscriber;

use Monolog\Logger;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

/** Writes the buffered audit trail out once the unit of work is over. */
final class AuditLogFlushSubscriber implements EventSubscriberInterface
{
    public function __construct(private Logger $auditLogger)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            'kernel.terminate' => 'flush',
            'console.terminate' => 'flush',
            WorkerMessageHandledEvent::class => 'flush',
            WorkerMessageFailedEvent::class => 'flush',
        ];
    }

    public function flush(object $event): void
    {
        $this->auditLogger->reset();
    }
}
