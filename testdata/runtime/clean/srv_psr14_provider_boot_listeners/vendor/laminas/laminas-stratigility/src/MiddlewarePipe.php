<?php

namespace Laminas\Stratigility;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

interface MiddlewarePipeInterface extends MiddlewareInterface, RequestHandlerInterface
{
    public function pipe(MiddlewareInterface $middleware): void;
}

final class EmptyPipelineHandler implements RequestHandlerInterface
{
    public function __construct(private string $className)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        throw new \RuntimeException($this->className . ' cannot handle request; no middleware returned a response');
    }
}

final class Next implements RequestHandlerInterface
{
    /**
     * @param list<MiddlewareInterface> $queue
     */
    public function __construct(private array $queue, private RequestHandlerInterface $fallbackHandler)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        if ($this->queue === []) {
            return $this->fallbackHandler->handle($request);
        }
        $next = clone $this;
        $middleware = \array_shift($next->queue);

        return $middleware->process($request, $next);
    }
}

final class MiddlewarePipe implements MiddlewarePipeInterface
{
    /** @var list<MiddlewareInterface> */
    private array $pipeline = [];

    public function pipe(MiddlewareInterface $middleware): void
    {
        $this->pipeline[] = $middleware;
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->process($request, new EmptyPipelineHandler(self::class));
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        return (new Next($this->pipeline, $handler))->handle($request);
    }
}

namespace Laminas\Stratigility\Middleware;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class RequestHandlerMiddleware implements MiddlewareInterface, RequestHandlerInterface
{
    public function __construct(private RequestHandlerInterface $handler)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->handler->handle($request);
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        return $this->handler->handle($request);
    }
}
