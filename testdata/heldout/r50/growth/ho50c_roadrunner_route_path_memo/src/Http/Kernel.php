<?php

namespace App\Http;

use App\Container;
use App\Routing\RouteCollection;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class Kernel implements RequestHandlerInterface
{
    /**
     * @param list<MiddlewareInterface> $middleware
     */
    public function __construct(private Container $container, private RouteCollection $routes, private array $middleware)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->pipeline(0)->handle($request);
    }

    private function pipeline(int $index): RequestHandlerInterface
    {
        if (!isset($this->middleware[$index])) {
            return new RouteDispatcher($this->container, $this->routes);
        }

        return new MiddlewareHandler($this->middleware[$index], $this->pipeline($index + 1));
    }
}

final class MiddlewareHandler implements RequestHandlerInterface
{
    public function __construct(private MiddlewareInterface $middleware, private RequestHandlerInterface $next)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        return $this->middleware->process($request, $this->next);
    }
}

final class RouteDispatcher implements RequestHandlerInterface
{
    public function __construct(private Container $container, private RouteCollection $routes)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $match = $this->routes->match((string) parse_url($request->getUri(), PHP_URL_PATH));
        if ($match === null) {
            return new Response(404);
        }
        [[$class, $method], $params] = $match;

        return $this->container->get($class)->$method($request, $params);
    }
}
