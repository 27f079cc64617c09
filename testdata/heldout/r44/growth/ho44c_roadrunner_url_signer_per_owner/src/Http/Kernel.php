<?php

namespace App\Http;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Middleware pipeline + a tiny router, built once per worker.
 */
final class Kernel implements RequestHandlerInterface
{
    /**
     * @param list<MiddlewareInterface> $middleware
     * @param array<string, RequestHandlerInterface> $routes regex => handler
     */
    public function __construct(private array $middleware, private array $routes)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->pipeline(0)->handle($request->withAttribute('request_time', time()));
    }

    private function pipeline(int $index): RequestHandlerInterface
    {
        if (!isset($this->middleware[$index])) {
            return new class ($this->routes) implements RequestHandlerInterface {
                public function __construct(private array $routes)
                {
                }

                public function handle(ServerRequestInterface $request): ResponseInterface
                {
                    foreach ($this->routes as $pattern => $handler) {
                        if (preg_match($pattern, $request->getPath(), $m)) {
                            return $handler->handle($request->withAttribute('route', array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY)));
                        }
                    }

                    return new Response(404);
                }
            };
        }

        $middleware = $this->middleware[$index];
        $next = $this->pipeline($index + 1);

        return new class ($middleware, $next) implements RequestHandlerInterface {
            public function __construct(private MiddlewareInterface $middleware, private RequestHandlerInterface $next)
            {
            }

            public function handle(ServerRequestInterface $request): ResponseInterface
            {
                return $this->middleware->process($request, $this->next);
            }
        };
    }
}
