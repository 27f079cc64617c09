<?php

namespace App\Http\Middleware;

use App\Tenancy\TenantRepository;
use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class IdentifyTenant
{
    public function __construct(private TenantRepository $tenants)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $request->attributes->set('tenant', $this->tenants->findByHost((string) $request->header('host')));

        return $next($request);
    }
}
