<?php
namespace App\Monitoring;

final class RequestTrace
{
    public function __construct(
        public readonly string $requestId,
        public readonly string $route,
        public readonly int $status,
        public readonly array $headers,
        public readonly int $bodyBytes,
        public readonly float $recordedAt,
    ) {}
}
