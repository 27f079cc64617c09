<?php

namespace App\Http;

use App\Order\OrderIdentityMap;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class OrderApi
{
    public function __construct(private OrderIdentityMap $identityMap)
    {
    }

    public function show(ServerRequestInterface $request): ResponseInterface
    {
        preg_match('#^/api/orders/(\d+)$#', $request->getUri()->getPath(), $m);
        $order = isset($m[1]) ? $this->identityMap->get((int) $m[1]) : null;
        if ($order === null) {
            return new Response(404, ['Content-Type' => 'application/json'], '{"error":"not found"}');
        }

        return Response::json(['id' => $order->id, 'customer' => $order->customer, 'status' => $order->status]);
    }
}
