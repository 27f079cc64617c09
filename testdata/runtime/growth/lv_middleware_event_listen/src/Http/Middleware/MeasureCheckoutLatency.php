<?php

namespace App\Http\Middleware;

use App\Monitoring\LatencyReporter;
use Closure;
use Illuminate\Foundation\Http\Events\RequestHandled;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Event;
use Symfony\Component\HttpFoundation\Response;

class MeasureCheckoutLatency
{
    public function __construct(private LatencyReporter $reporter)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $startedAt = microtime(true);
        Event::listen(RequestHandled::class, function (RequestHandled $event) use ($request, $startedAt): void { // leak
            if ($event->request === $request) {
                $this->reporter->record($request->path(), (microtime(true) - $startedAt) * 1000);
            }
        });

        return $next($request);
    }
}
