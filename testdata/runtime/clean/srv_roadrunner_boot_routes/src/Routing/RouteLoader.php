<?php

namespace App\Routing;

final class RouteLoader
{
    public function load(Router $router): void
    {
        $router->add('GET', '/health', 'health');
        $router->add('GET', '/api/orders/{id}', 'show', null, ['auth']);
    }

    public function loadTenant(Router $router, string $tenant): void
    {
        $middleware = ['auth', 'tenant:' . $tenant, 'throttle:' . $tenant . ':120,1'];
        $router->add('GET', '/api/orders', 'index', $tenant, $middleware);
        $router->add('POST', '/api/orders/{id}', 'store', $tenant, $middleware);
        $router->add('DELETE', '/api/orders/{id}', 'cancel', $tenant, $middleware);
    }
}
