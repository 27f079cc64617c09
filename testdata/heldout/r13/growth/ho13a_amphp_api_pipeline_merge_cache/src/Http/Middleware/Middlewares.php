<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\Response;

final class RequestIdMiddleware implements Middleware
{
    private int $counter = 0;

    public function handleRequest(Request $request, \Closure $next): Response
    {
        $id = sprintf('%08x-%04x', crc32($request->getPath()), ++$this->counter % 0xffff);
        $request->setAttribute('request.id', $id);

        return $next($request)->withHeader('x-request-id', $id);
    }
}

final class TenantMiddleware implements Middleware
{
    /** @param list<string> $known */
    public function __construct(private readonly array $known)
    {
    }

    public function handleRequest(Request $request, \Closure $next): Response
    {
        $tenant = $request->getHeader('x-tenant');
        if (!in_array($tenant, $this->known, true)) {
            return new Response(403, [], 'unknown tenant');
        }
        $request->setAttribute('tenant', $tenant);

        return $next($request);
    }
}

final class TimingMiddleware implements Middleware
{
    public function handleRequest(Request $request, \Closure $next): Response
    {
        $start = hrtime(true);
        $response = $next($request);

        return $response->withHeader('server-timing', 'app;dur=' . round((hrtime(true) - $start) / 1e6, 3));
    }
}
