<?php

namespace App\Http\Controllers;

use App\Checkout\Cart;
use App\Checkout\CheckoutFlow;
use Illuminate\Http\Request;

final class CheckoutController
{
    public function store(Request $request): string
    {
        $cart = new Cart($request->query('customer'), (int) $request->query('subtotal'), $request->query('coupon'));
        $flow = new CheckoutFlow(0.19);

        return json_encode($flow->run($cart));
    }
}
