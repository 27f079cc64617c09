<?php

declare(strict_types=1);

namespace Amp\Http\Server;

use Psr\Log\LoggerInterface;

/**
 * Local stand-in for amphp/http-server-router's Router.
 */
final class Router implements RequestHandler
{
    /** @var list<array{string, string, RequestHandler}> */
    private array $routes = [];

    public function __construct(
        private SocketHttpServer $httpServer,
        private LoggerInterface $logger,
        private ErrorHandler $errorHandler,
    ) {
    }

    public function addRoute(string $method, string $uri, RequestHandler $requestHandler): void
    {
        $pattern = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $uri) . '$#';
        $this->routes[] = [$method, $pattern, $requestHandler];
    }

    public function handleRequest(Request $request): Response
    {
        $path = $request->getPath();
        foreach ($this->routes as [$method, $pattern, $handler]) {
            if ($method === $request->getMethod() && preg_match($pattern, $path, $m)) {
                $request->setAttribute(self::class, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
                return $handler->handleRequest($request);
            }
        }

        return $this->errorHandler->handleError(404, null, $request);
    }
}
