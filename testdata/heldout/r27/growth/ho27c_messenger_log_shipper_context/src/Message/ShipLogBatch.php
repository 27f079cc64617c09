<?php

namespace App\Message;

final class ShipLogBatch
{
    /**
     * @param array<string, string> $labels
     * @param list<array{0: string, 1: string}> $lines [timestamp ns, line]
     */
    public function __construct(
        public readonly string $tenant,
        public readonly array $labels,
        public readonly array $lines,
    ) {
    }
}
