<?php

namespace App\Http\Middleware;

use App\Security\CurrentCustomer;
use Closure;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class IdentifyCustomer
{
    public function __construct(private Application $app)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $this->app->instance(CurrentCustomer::class, new CurrentCustomer(
            strtolower((string) $request->input('email')),
            (string) $request->ip(),
            (string) $request->header('user-agent'),
        ));

        return $next($request);
    }
}
