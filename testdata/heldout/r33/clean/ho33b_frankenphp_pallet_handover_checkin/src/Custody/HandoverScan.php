<?php

namespace App\Custody;

final class HandoverScan
{
    public function __construct(
        public readonly string $sscc,
        public readonly string $fromParty,
        public readonly string $toParty,
        public readonly string $dock,
        public readonly string $scannerId,
        public readonly string $loggerSerial,
        public readonly float $probeTempC,
        public readonly string $scannedAt,
        public readonly string $signature,
        public readonly array $cartons,
    ) {
    }

    public static function fromPost(array $post, string $scannerId): self
    {
        return new self(
            (string) $post['sscc'],
            (string) $post['from'],
            (string) $post['to'],
            (string) $post['dock'],
            $scannerId,
            (string) $post['logger'],
            (float) $post['probe_temp'],
            (string) $post['scanned_at'],
            (string) $post['signature'],
            array_map('strval', $post['cartons']),
        );
    }
}
