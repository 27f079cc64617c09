<?php

declare(strict_types=1);

namespace App\Custody;

use Illuminate\Http\Request;

final class HandoffContext
{
    /** @param list<float> $temperatureLog */
    private function __construct(
        public readonly string $barcode,
        public readonly string $specimenType,
        public readonly string $releasedBy,
        public readonly string $receivedBy,
        public readonly string $fromLocation,
        public readonly string $toLocation,
        public readonly array $temperatureLog,
        public readonly string $loggerSerial,
        public readonly string $signatureDigest,
        public readonly \DateTimeImmutable $receivedAt,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        return new self(
            strtoupper((string) $request->input('specimen.barcode')),
            (string) $request->input('specimen.type'),
            (string) $request->input('released_by'),
            (string) $request->input('received_by'),
            (string) $request->input('from'),
            (string) $request->input('to'),
            array_map('floatval', $request->input('transport.temperature_log', [])),
            (string) $request->input('transport.logger'),
            hash('sha256', $request->input('signature', '')),
            new \DateTimeImmutable($request->input('received_at', 'now')),
        );
    }
}
