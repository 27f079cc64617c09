<?php

namespace App\Http;

use App\Order\Order;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class OrderApi
{
    public function show(ServerRequestInterface $request): ResponseInterface
    {
        $order = $request->getAttribute('order');
        if (!$order instanceof Order) {
            return new Response(404, ['Content-Type' => 'application/json'], '{"error":"not found"}');
        }

        return Response::json(['id' => $order->id, 'customer' => $order->customer, 'status' => $order->status]);
    }
}
