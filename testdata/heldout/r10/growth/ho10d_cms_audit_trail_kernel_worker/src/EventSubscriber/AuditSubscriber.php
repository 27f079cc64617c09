<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use App\Audit\AuditTrail;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class AuditSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly AuditTrail $trail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onRequest', 32],
            KernelEvents::RESPONSE => 'onResponse',
            KernelEvents::TERMINATE => ['onTerminate', -1024],
        ];
    }

    public function onRequest(RequestEvent $event): void
    {
        $request = $event->getRequest();
        if (preg_match('#^/admin/pages/(\d+)#', $request->pathInfo, $m)) {
            $request->attributes['_route'] = 'admin_page_update';
            $request->attributes['page_id'] = (int) $m[1];
        }
    }

    public function onResponse(ResponseEvent $event): void
    {
        $request = $event->getRequest();
        if ($request->method === 'GET') {
            return;
        }
        $this->trail->record(
            $request->server['PHP_AUTH_USER'] ?? 'anonymous',
            $request->attributes['_route'] ?? 'unknown',
            $request->pathInfo,
            [
                'status' => $event->getResponse()->statusCode,
                'query' => $request->query,
                'remote_addr' => $request->server['REMOTE_ADDR'] ?? null,
            ],
        );
    }

    public function onTerminate(TerminateEvent $event): void
    {
        $this->trail->flush();
    }
}
