<?php

namespace App\Http\Controllers;

use App\Services\CartService;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class CartController
{
    public function show(Request $request): Response
    {
        $cart = Container::getInstance()->make(CartService::class); // leak
        $cart->loadFor($request);

        return new Response(json_encode([
            'lines' => count($cart->lines()),
            'total' => $cart->total(),
            'currency' => $cart->currency(),
        ]), 200, ['Content-Type' => 'application/json']);
    }
}
