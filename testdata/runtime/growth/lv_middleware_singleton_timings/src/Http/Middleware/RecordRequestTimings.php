<?php

namespace App\Http\Middleware;

use App\Monitoring\RequestTiming;
use App\Monitoring\SlowRequestReporter;
use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class RecordRequestTimings
{
    /** @var list<RequestTiming> */
    private array $timings = [];

    public function __construct(private SlowRequestReporter $reporter)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $this->timings[] = new RequestTiming($request->method(), $request->path(), $request->headers->all(), microtime(true)); // leak

        return $next($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        $timing = end($this->timings);
        if ($timing instanceof RequestTiming) {
            $timing->durationMs = (microtime(true) - $timing->startedAt) * 1000;
            $timing->status = $response->getStatusCode();
            $this->reporter->report($timing);
        }
    }
}
