<?php

declare(strict_types=1);

namespace Amp\Http\Server;

final class Router implements RequestHandler
{
    /** @var array<string, RequestHandler> */
    private array $routes = [];

    public function __construct(
        private SocketHttpServer $server,
        private \Psr\Log\LoggerInterface $logger,
        private ErrorHandler $errorHandler,
    ) {
    }

    public function addRoute(string $method, string $uri, RequestHandler $requestHandler): void
    {
        $this->routes[$method . ' ' . $uri] = $requestHandler;
    }

    public function handleRequest(Request $request): Response
    {
        foreach ($this->routes as $pattern => $handler) {
            [$method, $uri] = explode(' ', $pattern, 2);
            if ($method !== $request->getMethod()) {
                continue;
            }
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?<$1>[^/]+)', $uri) . '$#';
            if (preg_match($regex, $request->getPath(), $m)) {
                $args = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $request->setAttribute(self::class, $args);
                return $handler->handleRequest($request);
            }
        }
        return $this->errorHandler->handleError(404, 'Not Found', $request);
    }
}
