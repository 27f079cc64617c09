<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Support\QueryTimings;
use Closure;
use Illuminate\Database\QueryExecuted;
use Illuminate\Events\Dispatcher;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/** Adds a Server-Timing header with the database time spent on the request. */
final class AddServerTiming
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $timings = new QueryTimings($request->method() . ' /' . $request->path());
        $this->events->listen(QueryExecuted::class, static function (QueryExecuted $query) use ($timings): void { // leak
            $timings->add($query->sql, $query->time);
        });

        $response = $next($request);
        $response->headers['Server-Timing'] = $timings->finish();

        return $response;
    }
}
