<?php
namespace App\Monitoring;

use Symfony\Component\HttpKernel\Bundle\Bundle;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class MonitoringBundle extends Bundle
{
    /** @var list<RequestTrace> traces waiting for the exporter */
    private static array $pending = [];

    public function boot(): void
    {
        $this->container->get('event_dispatcher')->addListener(KernelEvents::TERMINATE, [$this, 'onTerminate'], -1024);
    }

    public function onTerminate(TerminateEvent $event): void
    {
        $request = $event->getRequest();
        self::$pending[] = new RequestTrace( // leak
            (string) $request->headers->get('x-request-id'),
            (string) $request->attributes->get('_route'),
            $event->getResponse()->getStatusCode(),
            $request->headers->all(),
            \strlen($event->getResponse()->getContent()),
            microtime(true),
        );
    }
}
