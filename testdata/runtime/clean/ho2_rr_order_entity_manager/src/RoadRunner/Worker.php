<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http;

final class Request
{
    /** @param array<string, string> $query */
    public function __construct(public readonly string $path, public readonly array $query = []) {}
}

final class HttpWorker
{
    private int $n = 0;
    /** @var list<int> */
    private array $statuses = [0, 0, 0, 0, 0, 0];

    public function __construct(private readonly int $max) {}

    public function waitRequest(): ?Request
    {
        if ($this->n >= $this->max) {
            return null;
        }
        $this->n++;

        return new Request('/orders/' . (90000 + $this->n), ['include' => 'lines']);
    }

    public function respond(int $status, string $body, array $headers = []): void
    {
        $this->statuses[intdiv($status, 100)]++;
    }
}
