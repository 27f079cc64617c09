<?php

declare(strict_types=1);

namespace App\RoadRunner;

/** Stand-in for Spiral\RoadRunner\Worker: payload-level job loop. */
final class Payload
{
    public function __construct(public readonly string $body, public readonly string $header)
    {
    }
}

final class Worker
{
    private int $received = 0;
    public int $bytesOut = 0;

    public function __construct(private int $limit)
    {
    }

    public static function create(int $limit): self
    {
        return new self($limit);
    }

    public function waitPayload(): ?Payload
    {
        if ($this->received >= $this->limit) {
            return null;
        }
        $i = $this->received++;
        $header = \json_encode(['route' => 'catalog.search', 'id' => $i]);
        $body = \json_encode(['q' => 'term-' . ($i % 97), 'page' => 1 + $i % 5]);

        return new Payload($body, $header);
    }

    public function respond(Payload $payload): void
    {
        $this->bytesOut += \strlen($payload->body) + \strlen($payload->header);
    }
}
