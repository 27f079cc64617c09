<?php

namespace App\Http;

use App\Events\EventDispatcher;
use App\Events\RequestEvent;
use App\Events\ResponseEvent;
use App\Events\TerminateEvent;

final class Request
{
    public array $attributes = [];

    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $query = []) {}
}

final class Response
{
    public function __construct(public int $status = 200, public string $content = '', public array $headers = []) {}
}

final class Kernel
{
    public function __construct(private EventDispatcher $events) {}

    public function handle(Request $request): Response
    {
        $this->events->dispatch(new RequestEvent($request), 'kernel.request');
        $route = $request->attributes['_route'] ?? 'search';
        $response = new Response(200, json_encode(['route' => $route, 'q' => $request->query['q'] ?? '', 'hits' => []]));
        $this->events->dispatch(new ResponseEvent($request, $response), 'kernel.response');
        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->events->dispatch(new TerminateEvent($request, $response), 'kernel.terminate');
    }
}

final class Router
{
    public function onRequest(RequestEvent $event): void
    {
        $event->request->attributes['_route'] = str_starts_with($event->request->uri, '/search') ? 'search' : 'home';
        $event->request->attributes['_started'] = hrtime(true);
    }
}
