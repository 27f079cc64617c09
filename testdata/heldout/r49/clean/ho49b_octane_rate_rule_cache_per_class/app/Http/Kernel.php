<?php
namespace App\Http;

use App\Http\Controllers\QuoteController;
use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class Kernel
{
    private const ROUTES = [
        'GET api/quotes' => [QuoteController::class, 'show'],
    ];

    public function handle(Request $request): JsonResponse
    {
        $route = self::ROUTES[$request->method . ' ' . $request->path()] ?? null;
        if ($route === null) {
            return new JsonResponse(['message' => 'Not Found'], 404);
        }
        [$controller, $action] = $route;

        return Container::getInstance()->make($controller)->$action($request);
    }
}
