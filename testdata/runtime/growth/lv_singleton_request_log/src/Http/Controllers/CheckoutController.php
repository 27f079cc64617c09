<?php

namespace App\Http\Controllers;

use App\Services\Payments\PaymentGatewayClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class CheckoutController extends Controller
{
    public function __construct(private PaymentGatewayClient $payments)
    {
    }

    public function store(Request $request, string $order): JsonResponse
    {
        $charge = $this->payments->charge(
            'order-' . $order,
            (int) $request->input('amount'),
            (string) $request->input('currency', 'EUR'),
            ['cart' => $request->input('cart'), 'ip' => $request->ip(), 'request_id' => $request->header('X-Request-Id')],
        );

        return new JsonResponse(['order' => $order, 'charge' => $charge->id, 'status' => $charge->status]);
    }
}
