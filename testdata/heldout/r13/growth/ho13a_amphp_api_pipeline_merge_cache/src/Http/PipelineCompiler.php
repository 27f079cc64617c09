<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\Response;
use App\Routing\Route;

/**
 * Folds the global middleware around a route's action once per route and
 * keeps the result for the following requests.
 */
final class PipelineCompiler
{
    /** @var array<int, \Closure(Request): Response> */
    private array $compiled = [];

    /** @param list<Middleware> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    /** @return \Closure(Request): Response */
    public function forRoute(Route $route): \Closure
    {
        $key = crc32($route->method . ' ' . $route->pattern);

        $pipeline = $this->compiled[$key] ?? null;
        if ($pipeline === null) {
            $pipeline = $this->compile($route);
            $this->compiled = array_merge($this->compiled, [$key => $pipeline]); // leak
        }

        return $pipeline;
    }

    private function compile(Route $route): \Closure
    {
        $core = static function (Request $request) use ($route): Response {
            return ($route->action)($request, $request->getAttribute('route.params') ?? []);
        };

        return array_reduce(array_reverse($this->middleware), $this->layer(...), $core);
    }

    private function layer(\Closure $next, Middleware $middleware): \Closure
    {
        return static fn (Request $request): Response => $middleware->handleRequest($request, $next);
    }
}
