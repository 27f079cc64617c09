<?php

namespace App\Http\Controllers;

use App\Checkout\Cart;
use Illuminate\Http\Request;

class CheckoutController
{
    public function __invoke(Request $request): string
    {
        $cart = new Cart($request->input('customer'));
        foreach ($request->input('lines', []) as [$sku, $quantity, $price]) {
            $cart->add($sku, $quantity, $price, str_repeat("{$sku} ", 24));
        }

        return json_encode(['customer' => $cart->customer, 'items' => count($cart->items), 'total' => $cart->total()]);
    }
}
