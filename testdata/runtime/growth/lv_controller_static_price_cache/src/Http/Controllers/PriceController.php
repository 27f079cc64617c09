<?php

namespace App\Http\Controllers;

use App\Pricing\PriceCache;
use App\Pricing\PriceCalculator;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class PriceController extends Controller
{
    public function __construct(private PriceCalculator $calculator)
    {
    }

    public function show(Request $request, string $sku): JsonResponse
    {
        $region = (string) $request->input('region', 'DE');
        $quote = PriceCache::get($sku, $region);
        if ($quote === null) {
            $quote = $this->calculator->quote($sku, $region);
            PriceCache::put($quote);
        }

        return new JsonResponse(['sku' => $quote->sku, 'gross' => $quote->grossCents, 'tiers' => $quote->tiers]);
    }
}
