<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Routing\Route;

final class ApiRouter implements RequestHandler
{
    /** @param list<Route> $routes */
    public function __construct(private readonly array $routes, private readonly PipelineCompiler $pipelines)
    {
    }

    public function handleRequest(Request $request): Response
    {
        foreach ($this->routes as $route) {
            $params = $route->match($request->getMethod(), $request->getPath());
            if ($params !== null) {
                $request->setAttribute('route.params', $params);

                return $this->pipelines->forRoute($route)($request);
            }
        }

        return new Response(404, [], 'not found');
    }
}
