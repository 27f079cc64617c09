<?php

namespace App\Http;

use App\Http\Controllers\CartController;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Kernel
{
    private array $routes = [
        'GET /cart' => [CartController::class, 'show'],
    ];

    public function handle(Request $request): Response
    {
        $path = parse_url($request->uri, PHP_URL_PATH);
        $route = $this->routes[$request->method . ' ' . $path] ?? null;
        if ($route === null) {
            return new Response('Not Found', 404);
        }

        [$class, $method] = $route;

        return (new $class())->$method($request);
    }
}
