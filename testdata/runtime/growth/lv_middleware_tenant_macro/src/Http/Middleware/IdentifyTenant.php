<?php

namespace App\Http\Middleware;

use App\Tenancy\TenantRepository;
use Closure;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use Symfony\Component\HttpFoundation\Response;

class IdentifyTenant
{
    public function __construct(private TenantRepository $tenants)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $tenant = $this->tenants->findByHost((string) $request->header('host'));
        $request->attributes->set('tenant', $tenant);

        Str::macro('tenantUrl' . $tenant->id, static fn (string $path): string => $tenant->baseUrl() . '/' . ltrim($path, '/')); // leak

        return $next($request);
    }
}
