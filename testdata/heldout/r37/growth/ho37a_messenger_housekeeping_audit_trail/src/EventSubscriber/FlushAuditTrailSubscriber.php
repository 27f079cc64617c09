<?php

namespace App\EventSubscriber;

use App\Audit\HousekeepingAuditTrail;
use Symfony\Component\Console\ConsoleEvents;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\KernelEvents;

final class FlushAuditTrailSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly HousekeepingAuditTrail $trail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::TERMINATE => 'flushTrail',
            ConsoleEvents::TERMINATE => 'flushTrail',
        ];
    }

    public function flushTrail(object $event): void
    {
        $this->trail->flush();
    }
}
