<?php

namespace App\Http\Middleware;

use App\Models\Tenant;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

final class IdentifyTenant
{
    public function handle(Request $request, \Closure $next): string
    {
        $key = explode('.', $request->host)[0];
        $tenant = new Tenant($key, $request->host, ucfirst($key) . ' Docs', ['accent' => '#' . substr(md5($key), 0, 6), 'footer' => str_repeat("{$key} ", 40)]);

        $request->attributes['tenant_macro'] = 'tenantUrl_' . $tenant->key;
        Str::macro($request->attributes['tenant_macro'], fn (string $path): string => "https://{$tenant->domain}/" . ltrim($path, '/')); // leak

        return $next($request);
    }
}
