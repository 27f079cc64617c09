<?php

namespace App\Controller;

use App\Geo\GeoIpTable;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class StorefrontController
{
    public function __invoke(Request $request): Response
    {
        $geo = GeoIpTable::lookup((string) $request->getClientIp());
        return new Response("<h1>Store ({$geo['country']})</h1><p>Prices in {$geo['currency']}</p>", 200, ['Vary' => 'X-Country']);
    }
}
