<?php

declare(strict_types=1);

namespace App\Listener;

use Kernel\EventDispatcher\EventDispatcher;
use Kernel\Http\Request;
use Kernel\Http\ResponseEvent;

/**
 * Adds Cache-Control and ETag headers to cacheable GET responses.
 */
final class ResponseCacheListener
{
    private string $cacheKey;

    public function __construct(private Request $request, private string $cacheControl)
    {
        $this->cacheKey = hash('sha1', $request->method . ' ' . $request->uri . '?' . http_build_query($request->query));
    }

    public function register(EventDispatcher $dispatcher): \Closure
    {
        $listener = \Closure::fromCallable([$this, 'onKernelResponse']);
        $dispatcher->addListener('kernel.response', $listener, -16);

        return $listener;
    }

    public function onKernelResponse(ResponseEvent $event): void
    {
        if ($event->request !== $this->request || $this->request->method !== 'GET' || $event->response->status !== 200) {
            return;
        }
        $event->response->headers['Cache-Control'] = $this->cacheControl;
        $event->response->headers['ETag'] = '"' . $this->cacheKey . '"';
    }
}
