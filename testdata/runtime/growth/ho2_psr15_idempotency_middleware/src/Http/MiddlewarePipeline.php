<?php

namespace App\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/**
 * Runs a fixed list of PSR-15 middleware in front of a final handler.
 */
final class MiddlewarePipeline implements RequestHandlerInterface
{
    /** @var list<MiddlewareInterface> */
    private array $middleware = [];

    public function __construct(private RequestHandlerInterface $fallback)
    {
    }

    public function pipe(MiddlewareInterface $middleware): self
    {
        $this->middleware[] = $middleware;

        return $this;
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->next(0)->handle($request);
    }

    private function next(int $index): RequestHandlerInterface
    {
        if (!isset($this->middleware[$index])) {
            return $this->fallback;
        }

        $middleware = $this->middleware[$index];
        $pipeline = $this;

        return new class ($middleware, static fn () => $pipeline->next($index + 1)) implements RequestHandlerInterface {
            public function __construct(private MiddlewareInterface $middleware, private \Closure $nextFactory)
            {
            }

            public function handle(ServerRequestInterface $request): ResponseInterface
            {
                return $this->middleware->process($request, ($this->nextFactory)());
            }
        };
    }
}
