<?php

namespace App\Monitoring;

final class RequestTiming
{
    public ?float $durationMs = null;

    public ?int $status = null;

    /**
     * @param array<string, string> $headers
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly float $startedAt,
    ) {
    }
}
