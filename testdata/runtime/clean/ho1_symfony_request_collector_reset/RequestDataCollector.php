<?php

namespace App\Profiler;

use Framework\EventDispatcher\EventSubscriberInterface;
use Framework\HttpKernel\KernelEvents;
use Framework\HttpKernel\RequestEvent;
use Framework\HttpKernel\ResponseEvent;
use Framework\Service\ResetInterface;

final class RequestDataCollector implements EventSubscriberInterface, ResetInterface
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
        $this->data['requests'][] = [
            'method' => $request->method,
            'path' => $request->pathInfo,
            'query' => $request->query,
            'status' => $event->response->statusCode,
            'duration' => microtime(true) - ($this->startedAt ?? microtime(true)),
            'response_headers' => $event->response->headers,
        ];
    }

    public function reset(): void
    {
        $this->data = ['requests' => []];
        $this->startedAt = null;
    }

    public function getRequestCount(): int
    {
        return count($this->data['requests']);
    }
}
