<?php

declare(strict_types=1);

namespace App\Worker;

use App\Debug\HttpClientDataCollector;
use App\Payments\PaymentGatewayClient;

/**
 * Stand-in for Spiral\RoadRunner\Http\PSR7Worker: hands out requests until the pool stops it.
 */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private int $maxJobs)
    {
    }

    /** @return array{path: string, body: array<string, mixed>}|null */
    public function waitRequest(): ?array
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $this->served++;

        return [
            'path' => '/checkout/pay',
            'body' => [
                'order' => sprintf('ORD-%07d', $this->served),
                'amount' => 1999 + $this->served,
                'currency' => 'eur',
                'email' => sprintf('buyer%d@example.test', $this->served),
            ],
        ];
    }

    /** @param array<string, mixed> $payload */
    public function respond(int $status, array $payload): void
    {
    }
}

final class CheckoutKernel
{
    public function __construct(
        private PaymentGatewayClient $payments,
        private HttpClientDataCollector $httpCollector,
    ) {
    }

    /**
     * @param array{path: string, body: array<string, mixed>} $request
     * @return array{0: int, 1: array<string, mixed>}
     */
    public function handle(array $request): array
    {
        $body = $request['body'];
        $charge = $this->payments->charge($body['order'], $body['amount'], $body['currency'], $body['email']);

        return [201, ['charge' => $charge['id'], 'status' => $charge['status']]];
    }

    public function terminate(): void
    {
        $this->httpCollector->lateCollect();
    }
}
