<?php

namespace App\Http\Controllers;

use App\Services\ShippingRatesClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ShippingQuoteController
{
    public function __construct(protected ShippingRatesClient $rates)
    {
    }

    public function show(Request $request): JsonResponse
    {
        $postcode = (string) $request->query('postcode', '');
        $weight = (int) $request->query('weight', 1000);

        return new JsonResponse(['data' => $this->rates->quote($postcode, $weight)]);
    }
}
