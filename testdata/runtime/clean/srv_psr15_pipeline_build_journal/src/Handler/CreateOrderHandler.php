<?php

namespace App\Handler;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class CreateOrderHandler implements RequestHandlerInterface
{
    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $payload = json_decode((string) $request->getBody(), true);
        if (!is_array($payload) || !isset($payload['order_id'])) {
            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"invalid order"}');
        }

        return new Response(201, ['Content-Type' => 'application/json'], json_encode(['id' => $payload['order_id'], 'status' => 'accepted']));
    }
}
