<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Http\Response;
use App\Http\ServerRequest;
use App\Tenancy\Tenant;

/** Built per request once the tenant is known; puts it on the request. */
final class TenantScopeMiddleware
{
    public function __construct(private readonly Tenant $tenant)
    {
    }

    public function handle(ServerRequest $request, callable $next): Response
    {
        if (!$this->tenant->active) {
            return new Response(403, 'tenant suspended');
        }

        return $next($request->withAttribute('tenant', $this->tenant));
    }
}
