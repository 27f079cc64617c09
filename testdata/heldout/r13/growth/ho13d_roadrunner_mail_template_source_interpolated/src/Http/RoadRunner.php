<?php

declare(strict_types=1);

namespace App\Http;

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker fed by an in-memory relay. */
final class ServerRequest
{
    public function __construct(
        public readonly string $path,
        public readonly array $parsedBody,
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $maxJobs)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->maxJobs) {
            return null;
        }
        $n = $this->served++;

        return new ServerRequest('/orders/confirm', [
            'order_id' => sprintf('ORD-%06d', $n),
            'customer' => "Customer {$n}",
            'email' => "customer{$n}@shop.test",
            'lines' => [
                ['sku' => "SKU-{$n}-A", 'qty' => 1 + $n % 3, 'price' => '19.90'],
                ['sku' => "SKU-{$n}-B", 'qty' => 2, 'price' => '4.50'],
            ],
        ]);
    }

    public function respond(Response $response): void
    {
    }
}
