<?php

namespace App\Models;

final class OutageTicket
{
    public function __construct(
        public readonly string $ref,
        public readonly string $feeder,
        public readonly string $skill,
        public readonly int $customersOut,
        public readonly string $summary,
        public readonly \DateTimeImmutable $reportedAt,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            $payload['ref'],
            $payload['feeder'],
            $payload['voltage'] === 'MV' ? 'mv-cable' : 'lv-overhead',
            (int) $payload['customers_out'],
            trim($payload['summary']),
            new \DateTimeImmutable($payload['reported_at']),
        );
    }
}
