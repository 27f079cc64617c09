<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Support\QueryTimings;
use Closure;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/** Adds a Server-Timing header with the database time spent on the request. */
final class AddServerTiming
{
    public function __construct(private readonly Container $app)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $timings = $this->app->make(QueryTimings::class);
        $timings->begin($request->method() . ' /' . $request->path());

        $response = $next($request);
        $response->headers['Server-Timing'] = $timings->finish();

        return $response;
    }
}
