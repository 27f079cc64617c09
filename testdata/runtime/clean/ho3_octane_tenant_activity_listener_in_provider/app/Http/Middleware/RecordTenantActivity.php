<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Tenancy\ActivityBuffer;
use App\Tenancy\TenantResolver;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

/**
 * Tracks page views per tenant; the data is persisted in bulk when the worker stops.
 */
final class RecordTenantActivity
{
    public function __construct(
        private readonly TenantResolver $tenants,
        private readonly ActivityBuffer $activity,
    ) {}

    public function handle(Request $request, Closure $next): Response
    {
        $tenant = $this->tenants->resolve($request->getHost());
        if ($tenant === null) {
            return new Response('Unknown tenant', 404);
        }
        $request->attributes['tenant'] = $tenant;

        $this->activity->record($tenant->id, $request->path());

        return $next($request);
    }
}
