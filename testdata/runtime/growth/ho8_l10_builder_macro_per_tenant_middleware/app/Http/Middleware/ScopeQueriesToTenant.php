<?php

namespace App\Http\Middleware;

use App\Tenancy\Tenant;
use Closure;
use Illuminate\Database\Query\Builder;
use Illuminate\Http\Request;

class ScopeQueriesToTenant
{
    public function handle(Request $request, Closure $next): mixed
    {
        $tenant = new Tenant((int) $request->input('tenant'), $request->input('tenant_name'), $request->input('settings', []));

        Builder::macro("forTenant{$tenant->id}", function () use ($tenant) { // leak
            return $this->where('tenant_id', $tenant->id)->where('region', $tenant->settings['region']);
        });

        return $next($request);
    }
}
