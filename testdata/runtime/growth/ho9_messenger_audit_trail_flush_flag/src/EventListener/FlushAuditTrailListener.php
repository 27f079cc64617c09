<?php

namespace App\EventListener;

use App\Audit\AuditTrail;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

#[AsEventListener(event: WorkerMessageHandledEvent::class)]
final class FlushAuditTrailListener
{
    public function __construct(private AuditTrail $trail, private bool $flushAfterMessage) {}

    public function __invoke(WorkerMessageHandledEvent $event): void
    {
        if ($this->flushAfterMessage) {
            $this->trail->flush();
        }
    }
}
