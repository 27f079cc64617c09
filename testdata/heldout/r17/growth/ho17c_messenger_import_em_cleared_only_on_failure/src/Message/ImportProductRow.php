<?php

declare(strict_types=1);

namespace App\Message;

final class ImportProductRow
{
    /** @param array<string, string> $row */
    public function __construct(
        public readonly string $feed,
        public readonly int $line,
        public readonly array $row,
    ) {
    }
}
