<?php

namespace App\Profiler;

use Framework\EventDispatcher\EventSubscriberInterface;
use Framework\HttpKernel\KernelEvents;
use Framework\HttpKernel\RequestEvent;
use Framework\HttpKernel\ResponseEvent;

final class RequestDataCollector implements EventSubscriberInterface
{
    private array $data = ['requests' => []];
    private ?float $startedAt = null;

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::REQUEST => ['onKernelRequest', 1024],
            KernelEvents::RESPONSE => ['onKernelResponse', -100],
        ];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $this->startedAt = microtime(true);
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        $request = $event->request;
        $this->data['requests'][] = [ // leak
            'method' => $request->method,
            'path' => $request->pathInfo,
            'query' => $request->query,
            'status' => $event->response->statusCode,
            'duration' => microtime(true) - ($this->startedAt ?? microtime(true)),
            'response_headers' => $event->response->headers,
        ];
    }

    public function getRequestCount(): int
    {
        return count($this->data['requests']);
    }
}
