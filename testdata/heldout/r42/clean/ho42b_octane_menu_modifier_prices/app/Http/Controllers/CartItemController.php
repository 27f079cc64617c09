<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Pricing\CartContext;
use App\Support\Facades\MenuPricing;

final class CartItemController
{
    public function store(array $request): array
    {
        $cart = CartContext::fromRequest($request);
        $lines = [];
        $total = 0;
        foreach ($request['json']['items'] as $item) {
            $quote = MenuPricing::quote($item['sku'], $item['modifiers'] ?? [], $cart);
            $lines[] = $quote->receiptLine();
            $total += $quote->totalCents * $item['qty'];
        }

        return ['status' => 200, 'body' => json_encode(['cart' => $cart->cartToken, 'lines' => $lines, 'total' => $total])];
    }
}
