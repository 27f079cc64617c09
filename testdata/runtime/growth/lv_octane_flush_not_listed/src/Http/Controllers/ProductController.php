<?php

namespace App\Http\Controllers;

use App\Catalog\ProductSummary;
use App\Support\PriceFormatter;
use App\Support\RecentlyViewed;
use Illuminate\Http\JsonResponse;

class ProductController extends Controller
{
    public function show(string $product, RecentlyViewed $recent, PriceFormatter $prices): JsonResponse
    {
        $summary = ProductSummary::find((int) $product);
        $recent->push($summary);

        return new JsonResponse([
            'id' => $summary->id,
            'name' => $summary->name,
            'price' => $prices->format($summary->priceCents),
            'strip' => array_map(static fn (ProductSummary $p): int => $p->id, $recent->latest()),
        ]);
    }
}
