<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

/**
 * Stand-in for the RoadRunner PSR-7 worker: hands out requests from the
 * relay until the pool stops the worker.
 */
final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $parsedBody,
        public readonly array $headers = [],
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
        $id = ++$this->served;

        return new ServerRequest('POST', '/checkout', [
            'cart_id' => 'cart-' . $id,
            'customer' => 'customer-' . ($id % 50),
            'lines' => [
                ['sku' => 'SKU-' . ($id % 17), 'qty' => 1 + $id % 3, 'price' => 1999],
                ['sku' => 'SKU-' . ($id % 23), 'qty' => 2, 'price' => 450],
            ],
            'note' => str_repeat('Leave the parcel with the neighbour at number ' . $id . '. ', 6),
        ], ['x-request-id' => bin2hex(pack('N', $id))]);
    }

    public function respond(Response $response): void
    {
    }
}
