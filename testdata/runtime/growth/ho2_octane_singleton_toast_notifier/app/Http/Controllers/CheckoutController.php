<?php

namespace App\Http\Controllers;

use App\Support\ToastNotifier;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class CheckoutController
{
    public function __construct(private ToastNotifier $toasts)
    {
    }

    public function store(Request $request): Response
    {
        $orderNumber = 'ORD-' . str_pad((string) $request->input('cart_id'), 8, '0', STR_PAD_LEFT);
        $this->toasts->success(
            sprintf('Thank you %s, order %s has been placed and a confirmation is on its way to %s.', $request->input('name'), $orderNumber, $request->input('email')),
            ['action' => ['label' => 'View order', 'url' => '/account/orders/' . $orderNumber]],
        );

        return new Response(json_encode(['order' => $orderNumber]), 201);
    }
}
