<?php

namespace App\Http\Middleware;

use App\Support\ResolvesRequestSignature;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\RateLimiter;

class ThrottleRequests
{
    use ResolvesRequestSignature;

    protected int $maxAttempts;
    protected int $decaySeconds;

    public function __construct(Application $app)
    {
        $this->maxAttempts = (int) $app->config('throttle.max_attempts', 60);
        $this->decaySeconds = (int) $app->config('throttle.decay_seconds', 60);
    }

    public function handle(Request $request, \Closure $next): Response
    {
        $key = $this->resolveRequestSignature($request);

        if (RateLimiter::tooManyAttempts($key, $this->maxAttempts)) {
            return new Response('Too Many Attempts.', 429, ['Retry-After' => (string) $this->decaySeconds]);
        }

        $hits = RateLimiter::hit($key, $this->decaySeconds);

        $response = $next($request);
        $response->headers['X-RateLimit-Limit'] = (string) $this->maxAttempts;
        $response->headers['X-RateLimit-Remaining'] = (string) max(0, $this->maxAttempts - $hits);

        return $response;
    }
}
