<?php

namespace App\Audit;

/**
 * One line of the request audit trail.
 */
final class AuditEntry
{
    public function __construct(
        public readonly string $requestId,
        public readonly string $method,
        public readonly string $path,
        public readonly string $clientIp,
        public readonly string $userAgent,
        public readonly int $status,
        public readonly float $durationMs,
        public readonly array $context = [],
    ) {
    }

    public function toLogLine(): string
    {
        return sprintf('%s %s %s %d %.2fms', $this->requestId, $this->method, $this->path, $this->status, $this->durationMs);
    }
}
