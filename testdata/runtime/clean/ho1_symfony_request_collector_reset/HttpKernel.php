<?php

namespace Framework\HttpKernel;

use Framework\EventDispatcher\Event;
use Framework\EventDispatcher\EventDispatcher;

final class KernelEvents
{
    public const REQUEST = 'kernel.request';
    public const RESPONSE = 'kernel.response';
    public const TERMINATE = 'kernel.terminate';
}

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $pathInfo,
        public readonly array $query,
        public readonly array $headers,
    ) {}
}

final class Response
{
    public function __construct(
        public string $content,
        public int $statusCode = 200,
        public array $headers = [],
    ) {}
}

final class RequestEvent extends Event
{
    public function __construct(public readonly Request $request) {}
}

final class ResponseEvent extends Event
{
    public function __construct(public readonly Request $request, public Response $response) {}
}

final class HttpKernel
{
    public function __construct(private EventDispatcher $dispatcher, private \Closure $controller) {}

    public function handle(Request $request): Response
    {
        $this->dispatcher->dispatch(new RequestEvent($request), KernelEvents::REQUEST);
        $response = ($this->controller)($request);
        $event = $this->dispatcher->dispatch(new ResponseEvent($request, $response), KernelEvents::RESPONSE);
        return $event->response;
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->dispatcher->dispatch(new ResponseEvent($request, $response), KernelEvents::TERMINATE);
    }
}
