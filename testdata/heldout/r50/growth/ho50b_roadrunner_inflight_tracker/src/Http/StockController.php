<?php

namespace App\Http;

use Nyholm\Psr7\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class StockController implements RequestHandlerInterface
{
    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $query = $request->getQueryParams();
        $sku = (string) ($query['sku'] ?? '');
        if ($sku === '') {
            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"sku is required"}');
        }

        $payload = [
            'sku' => $sku,
            'available' => crc32($sku) % 500,
            'request_id' => $request->getAttribute('request_id'),
        ];

        return new Response(200, ['Content-Type' => 'application/json'], json_encode($payload));
    }
}
