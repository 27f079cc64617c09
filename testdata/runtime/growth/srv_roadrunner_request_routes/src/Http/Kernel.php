<?php

namespace App\Http;

use App\Controller\OrderController;
use App\Routing\RouteLoader;
use App\Routing\Router;
use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class Kernel
{
    public function __construct(
        private Router $router,
        private RouteLoader $loader,
        private OrderController $orders,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $tenant = $request->getHeaderLine('X-Tenant-Id');
        $this->loader->loadTenant($this->router, $tenant);

        $match = $this->router->match($request->getMethod(), $request->getUri()->getPath(), $tenant);
        if ($match === null) {
            return new Response(404, ['Content-Type' => 'application/json'], '{"error":"not found"}');
        }
        [$route, $params] = $match;

        return $this->orders->dispatch($route->action, $request, $params);
    }
}
