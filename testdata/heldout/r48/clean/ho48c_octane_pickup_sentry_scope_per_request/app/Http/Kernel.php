<?php

namespace App\Http;

use App\Http\Controllers\PickupController;
use App\Http\Middleware\TagPickupRequest;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class Kernel
{
    /** @var list<class-string> */
    private array $middleware = [TagPickupRequest::class];

    public function __invoke(Application $app, Request $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (\Closure $next, string $middleware) => fn (Request $r) => $app->make($middleware)->handle($r, $next),
            fn (Request $r) => $this->route($app, $r),
        );

        return $pipeline($request);
    }

    private function route(Application $app, Request $request): Response
    {
        if (preg_match('#^/api/pickups/(\d+)/confirm$#', $request->path, $m)) {
            return $app->make(PickupController::class)->confirm($request, (int) $m[1]);
        }

        return new Response('Not Found', 404);
    }
}
