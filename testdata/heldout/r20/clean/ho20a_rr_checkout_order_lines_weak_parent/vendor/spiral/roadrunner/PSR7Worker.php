<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/** Stand-in for the relay: hands out decoded checkout requests. */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitRequest(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = ++$this->served;

        return [
            'method' => 'POST',
            'uri' => '/api/checkout',
            'body' => [
                'customer' => 5000 + $i,
                'region' => ['EU', 'US', 'UK'][$i % 3],
                'lines' => [
                    ['sku' => 'SKU-' . ($i % 17), 'qty' => 1 + $i % 4, 'price' => 1999],
                    ['sku' => 'SKU-' . (100 + $i % 23), 'qty' => 2, 'price' => 450],
                    ['sku' => 'GIFT-WRAP', 'qty' => 1, 'price' => 300],
                ],
            ],
        ];
    }

    public function respond(array $response): void
    {
    }
}
