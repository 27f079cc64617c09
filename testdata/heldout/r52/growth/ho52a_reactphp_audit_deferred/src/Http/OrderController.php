<?php

namespace App\Http;

use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;

final class OrderController
{
    private int $sequence = 1000;

    public function __invoke(ServerRequestInterface $request): Response
    {
        $body = $request->getParsedBody();
        $order = [
            'id' => 'ord_' . ++$this->sequence,
            'customer' => $body['customer'],
            'lines' => count($body['items']),
            'ship_to' => implode(', ', $body['shipping']),
        ];

        return Response::json($order);
    }
}
