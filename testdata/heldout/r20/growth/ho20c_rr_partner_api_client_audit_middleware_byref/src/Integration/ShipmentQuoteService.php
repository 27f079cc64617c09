<?php

declare(strict_types=1);

namespace App\Integration;

use Acme\Http\Client;
use Acme\Http\Request;
use Acme\Http\Response;
use Acme\Http\Transport;

final class InMemoryCarrierTransport implements Transport
{
    public function send(Request $request, array $options): Response
    {
        $payload = json_decode($request->body ?: '{}', true, 512, JSON_THROW_ON_ERROR);
        $weight = (float) ($payload['parcel']['weight_kg'] ?? 1.0);

        return new Response(200, ['Content-Type' => 'application/json'], json_encode([
            'carrier' => 'northline',
            'amount' => round(4.9 + $weight * 1.15, 2),
            'currency' => 'EUR',
        ], JSON_THROW_ON_ERROR));
    }
}

final class ShipmentQuoteService
{
    public function __construct(private readonly Client $client)
    {
    }

    public function quote(array $order): array
    {
        $response = $this->client->request('POST', '/v2/quotes?origin=' . urlencode($order['origin']) . '&ref=' . $order['reference'], [
            'json' => [
                'destination' => $order['destination'],
                'parcel' => ['weight_kg' => $order['weight'], 'dimensions_cm' => [30, 20, 15]],
            ],
            'correlation_id' => $order['request_id'],
        ]);

        $data = json_decode($response->body, true, 512, JSON_THROW_ON_ERROR);

        return ['reference' => $order['reference'], 'price' => $data['amount'], 'currency' => $data['currency']];
    }
}
