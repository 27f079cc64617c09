<?php

namespace Symfony\Component\HttpKernel;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Event\ResponseEvent;
use Symfony\Component\HttpKernel\Event\TerminateEvent;

/**
 * Minimal request/response kernel: routes by path prefix to a controller callable.
 */
class HttpKernel
{
    /**
     * @param array<string, callable(Request): Response> $routes
     */
    public function __construct(
        private EventDispatcher $dispatcher,
        private array $routes,
    ) {
    }

    public function handle(Request $request): Response
    {
        $event = new RequestEvent($request);
        $this->dispatcher->dispatch($event, KernelEvents::REQUEST);

        if ($event->hasResponse()) {
            return $this->filterResponse($event->getResponse(), $request);
        }

        $controller = $this->resolveController($request);
        $response = $controller($request);

        return $this->filterResponse($response, $request);
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new TerminateEvent($request, $response), KernelEvents::TERMINATE);
    }

    private function filterResponse(Response $response, Request $request): Response
    {
        $event = new ResponseEvent($request, $response);
        $this->dispatcher->dispatch($event, KernelEvents::RESPONSE);

        return $event->getResponse();
    }

    private function resolveController(Request $request): callable
    {
        $path = $request->getPathInfo();
        foreach ($this->routes as $prefix => $controller) {
            if (str_starts_with($path, $prefix)) {
                $request->attributes->set('_route', trim(str_replace('/', '_', $prefix), '_'));

                return $controller;
            }
        }

        return static fn (Request $r): Response => new Response('Not Found', 404);
    }
}
