<?php

namespace App\Http;

use App\Http\Controllers\OrderController;
use App\Http\Middleware\RecordTrail;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Kernel
{
    /** @var list<object> */
    private array $middleware;

    public function __construct(private Application $app)
    {
        $this->middleware = [
            new RecordTrail($app['config']->get('trail.headers', [])),
        ];
    }

    public function handle(Request $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (\Closure $next, object $middleware) => static fn (Request $request) => $middleware->handle($request, $next),
            fn (Request $request) => $this->dispatchToRouter($request),
        );

        return $pipeline($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        foreach ($this->middleware as $middleware) {
            if (method_exists($middleware, 'terminate')) {
                $middleware->terminate($request, $response);
            }
        }
    }

    private function dispatchToRouter(Request $request): Response
    {
        if (preg_match('#^orders/(\d+)$#', $request->path(), $m)) {
            return $this->app->make(OrderController::class)->show($request, (int) $m[1]);
        }

        return new Response('Not Found', 404);
    }
}
