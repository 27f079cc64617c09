<?php

namespace App\EventSubscriber;

use App\Security\AuditTrail;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Event\ControllerEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Audits every access to the back office.
 */
final class AdminAccessSubscriber implements EventSubscriberInterface
{
    public function __construct(private AuditTrail $auditTrail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::CONTROLLER => 'onKernelController',
        ];
    }

    public function onKernelController(ControllerEvent $event): void
    {
        $request = $event->getRequest();
        if (!str_starts_with($request->getPathInfo(), '/admin/')) {
            return;
        }
        $this->auditAccess($request);
    }

    private function auditAccess(Request $request): void
    {
        $this->auditTrail->record('admin.access', [
            'route' => $request->attributes->get('_route'),
            'params' => $request->attributes->get('_route_params'),
            'uri' => $request->getRequestUri(),
            'ip' => $request->getClientIp(),
            'agent' => $request->headers->get('User-Agent'),
        ]);
    }
}
