<?php

declare(strict_types=1);

namespace Billing\Http;

use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class Router
{
    /** @var array<string, array{string, \Closure}> */
    private array $routes = [];

    public function add(string $name, string $pattern, \Closure $controller): void
    {
        $this->routes[$name] = [$pattern, $controller];
    }

    public function match(ServerRequest $request): ?RouteHandler
    {
        foreach ($this->routes as $name => [$pattern, $controller]) {
            if (preg_match($pattern, $request->path, $m)) {
                return new RouteHandler($name, $controller, array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY));
            }
        }
        return null;
    }
}

final class InvoiceController
{
    public function show(ServerRequest $request): Response
    {
        return new Response(200, json_encode([
            'account' => (int) $request->getAttribute('account'),
            'invoice' => (int) $request->getAttribute('invoice'),
            'lines' => $request->query['expand'] === 'lines' ? [['sku' => 'seat', 'qty' => 12]] : null,
        ]));
    }
}
