<?php

declare(strict_types=1);

namespace App\Metrics;

use Symfony\Component\HttpKernel\EventDispatcher;
use Symfony\Component\HttpKernel\KernelEvent;
use Symfony\Component\HttpKernel\KernelEvents;

final class RequestMetricsSubscriber
{
    public function __construct(private readonly StatsdClient $statsd)
    {
    }

    public function register(EventDispatcher $dispatcher): void
    {
        $dispatcher->addListener(KernelEvents::REQUEST, $this->onRequest(...));
        $dispatcher->addListener(KernelEvents::RESPONSE, $this->onResponse(...));
        // Sending happens after the response went out, like fastcgi_finish_request().
        $dispatcher->addListener(KernelEvents::TERMINATE, $this->onTerminate(...));
    }

    public function onRequest(KernelEvent $event): void
    {
        $event->request->attributes['_started'] = hrtime(true);
    }

    public function onResponse(KernelEvent $event): void
    {
        $route = preg_replace('~/\d+~', '/{id}', $event->request->path);
        $elapsed = (hrtime(true) - $event->request->attributes['_started']) / 1e6;
        $tags = ['route' => $route, 'status' => (string) $event->response->status, 'method' => $event->request->method];

        $this->statsd->increment('http.requests', $tags);
        $this->statsd->timing('http.latency', $elapsed, $tags);
        $this->statsd->timing('http.response_bytes', (float) strlen($event->response->content), $tags);
    }

    public function onTerminate(KernelEvent $event): void
    {
        $this->statsd->flush();
    }
}
