<?php

namespace App\Http\Controllers;

use App\Repositories\ProductRepository;
use App\Support\Facades\Price;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class QuoteController
{
    public function __construct(private ProductRepository $products)
    {
    }

    public function show(Request $request, string $sku): Response
    {
        $product = $this->products->find($sku);
        if ($product === null) {
            return new JsonResponse(['error' => 'unknown product'], 404);
        }

        $quantity = max(1, (int) $request->query('qty', 1));
        $locale = $request->attributes['locale'];

        return new JsonResponse([
            'sku' => $product['sku'],
            'name' => $product['name'],
            'unit_price' => Price::format($product['price'], $locale),
            'total' => Price::format($product['price'] * $quantity, $locale),
        ]);
    }
}
