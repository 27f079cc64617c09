<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use App\Pricing\PriceFormatter;
use App\Tenancy\TenantDirectory;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class ApplyTenantPricing
{
    public function __construct(private TenantDirectory $tenants)
    {
    }

    public function handle(Request $request, \Closure $next): Response
    {
        $tenant = $this->tenants->forHost($request->header('Host', 'default.shop.example'));
        $request->attributes['tenant'] = $tenant;

        $currency = $tenant->currency;
        $decimal = $tenant->locale === 'de_DE' ? ',' : '.';
        $thousands = $tenant->locale === 'de_DE' ? '.' : ',';
        $suffix = $tenant->pricesIncludeTax ? ' incl. VAT' : ' excl. tax';
        $format = fn (int $cents): string => $currency . ' ' . number_format($cents / 100, 2, $decimal, $thousands) . $suffix;

        PriceFormatter::macro('format' . $tenant->studlySlug(), $format); // leak

        return $next($request);
    }
}
