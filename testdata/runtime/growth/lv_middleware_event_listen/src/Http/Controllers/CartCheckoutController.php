<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class CartCheckoutController extends Controller
{
    public function store(Request $request, string $cart): JsonResponse
    {
        return new JsonResponse([
            'cart' => (int) $cart,
            'coupon' => $request->input('coupon'),
            'status' => 'placed',
        ], 201);
    }
}
