<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use Illuminate\Support\Facades\Log;
use Workerman\Request;
use Workerman\Response;

final class OrderController
{
    public function store(Request $request): Response
    {
        $payload = json_decode($request->rawBody(), true);
        if (!isset($payload['sku'], $payload['quantity'])) {
            Log::warning('Rejected order payload', ['keys' => array_keys((array) $payload)]);

            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"invalid order"}');
        }

        $orderId = 'ord_' . substr(hash('sha1', $payload['sku'] . $payload['quantity'] . microtime()), 0, 12);
        Log::info('Order accepted', ['order_id' => $orderId, 'sku' => $payload['sku']]);

        return new Response(201, ['Content-Type' => 'application/json'], json_encode(['id' => $orderId]));
    }
}
