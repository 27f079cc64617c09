<?php

declare(strict_types=1);

namespace App\Payments;

use App\Http\Client;

final class PaymentGatewayClient
{
    public function __construct(private Client $http)
    {
    }

    /** @return array<string, mixed> */
    public function charge(string $orderId, int $amountCents, string $currency, string $customerEmail): array
    {
        $response = $this->http->request('POST', '/v1/charges', [
            'json' => [
                'amount' => $amountCents,
                'currency' => $currency,
                'receipt_email' => $customerEmail,
                'description' => sprintf('Order %s for %s, charged through the checkout flow of the web shop', $orderId, $customerEmail),
                'metadata' => ['order_id' => $orderId, 'channel' => 'web', 'idempotency' => sha1($orderId)],
            ],
            'timeout' => 5.0,
        ]);

        return json_decode($response->body, true, 512, JSON_THROW_ON_ERROR);
    }
}
