<?php

namespace Symfony\Component\Messenger\EventListener;

use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

/**
 * Registered for every worker unless --no-reset is passed.
 */
class ResetServicesListener
{
    public function __construct(private ServicesResetter $servicesResetter)
    {
    }

    public function resetServices(WorkerRunningEvent $event): void
    {
        if (!$event->isWorkerIdle()) {
            $this->servicesResetter->reset();
        }
    }
}
