<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\Event\RequestEvent;

/**
 * Keeps the incoming requests for the debug toolbar of the admin panel.
 */
final class RequestLogSubscriber implements EventSubscriberInterface
{
    /** @var list<array{line: string, agent: ?string, request_id: ?string, at: float}> */
    private array $requests = [];

    public static function getSubscribedEvents(): array
    {
        return [
            'kernel.request' => 'onKernelRequest',
        ];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }
        $request = $event->getRequest();
        $this->requests[] = [ // leak
            'line' => sprintf('%s %s from %s', $request->getMethod(), $request->getRequestUri(), $request->getClientIp()),
            'agent' => $request->headers->get('User-Agent'),
            'request_id' => $request->headers->get('X-Request-Id'),
            'at' => microtime(true),
        ];
    }

    public function getRequests(): array
    {
        return $this->requests;
    }
}
