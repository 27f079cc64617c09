<?php

namespace App\Tickets;

final class ScanRecord
{
    public const ADMITTED = 'admitted';
    public const DUPLICATE = 'duplicate';
    public const GATE_CLOSED = 'gate_closed';

    public function __construct(
        public readonly string $barcode,
        public readonly string $eventCode,
        public readonly string $gate,
        public readonly string $deviceId,
        public readonly string $result,
        public readonly int $scannedAt,
        public readonly string $holderName,
        public readonly string $rawPayload,
    ) {
    }

    public function closesGate(): bool
    {
        return $this->result === self::GATE_CLOSED;
    }
}
