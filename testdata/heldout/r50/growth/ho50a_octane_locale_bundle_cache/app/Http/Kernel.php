<?php

namespace App\Http;

use App\Http\Controllers\CatalogController;
use App\Http\Middleware\NegotiateLocale;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class Kernel
{
    /** @var list<class-string> */
    protected array $middleware = [
        NegotiateLocale::class,
    ];

    public function __construct(private Container $app)
    {
    }

    public function handle(Request $request): Response
    {
        $destination = fn (Request $request): Response => $this->app->make(CatalogController::class)->index($request);

        $pipeline = array_reduce(
            array_reverse($this->middleware),
            fn (\Closure $next, string $middleware): \Closure =>
                fn (Request $request): Response => $this->app->make($middleware)->handle($request, $next),
            $destination,
        );

        return $pipeline($request);
    }
}
