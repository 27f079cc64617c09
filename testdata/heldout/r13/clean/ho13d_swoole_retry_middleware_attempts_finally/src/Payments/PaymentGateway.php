<?php

declare(strict_types=1);

namespace App\Payments;

use App\Http\ApiClient;
use App\Http\ApiRequest;

final class Capture
{
    public function __construct(
        public readonly string $captureId,
        public readonly string $status,
    ) {
    }
}

final class PaymentGateway
{
    public function __construct(private readonly ApiClient $psp)
    {
    }

    public function capture(string $requestId, int $orderId, int $amountCents, string $currency): Capture
    {
        $response = $this->psp->send(new ApiRequest(
            'POST',
            "https://psp.example.test/v2/orders/{$orderId}/captures",
            ['x-request-id' => $requestId, 'content-type' => 'application/json', 'idempotency-key' => "capture-{$orderId}"],
            json_encode(['order' => $orderId, 'amount' => $amountCents, 'currency' => $currency, 'description' => "Order {$orderId} – webshop checkout"]),
        ));
        $payload = json_decode($response->body, true);

        return new Capture($payload['id'], $payload['status']);
    }
}
