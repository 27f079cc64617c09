<?php

namespace App\Http\Middleware;

use App\Monitoring\RequestTiming;
use App\Monitoring\SlowRequestReporter;
use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class RecordRequestTimings
{
    public function __construct(private SlowRequestReporter $reporter)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $request->attributes->set('timing', new RequestTiming($request->method(), $request->path(), $request->headers->all(), microtime(true)));

        return $next($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        $timing = $request->attributes->get('timing');
        if ($timing instanceof RequestTiming) {
            $timing->durationMs = (microtime(true) - $timing->startedAt) * 1000;
            $timing->status = $response->getStatusCode();
            $this->reporter->report($timing);
        }
    }
}
