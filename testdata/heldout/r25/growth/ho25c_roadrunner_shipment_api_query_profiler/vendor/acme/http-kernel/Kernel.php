<?php

namespace Acme\HttpKernel;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $attributes,
        public readonly array $headers,
    ) {
    }
}

final class Response
{
    public function __construct(
        public string $content,
        public int $status = 200,
        public array $headers = ['content-type' => 'application/json'],
    ) {
    }
}

final class ResponseEvent
{
    public function __construct(public readonly Request $request, public readonly Response $response)
    {
    }
}

final class HttpKernel
{
    /** @var list<callable(ResponseEvent): void> */
    private array $responseListeners = [];

    /** @param array<string, callable(Request): Response> $routes */
    public function __construct(private array $routes)
    {
    }

    public function onResponse(callable $listener): void
    {
        $this->responseListeners[] = $listener;
    }

    public function handle(Request $request): Response
    {
        $route = preg_replace('#/\d+$#', '/{id}', $request->path);
        $response = ($this->routes[$request->method . ' ' . $route])($request);
        $event = new ResponseEvent($request, $response);
        foreach ($this->responseListeners as $listener) {
            $listener($event);
        }

        return $response;
    }
}
