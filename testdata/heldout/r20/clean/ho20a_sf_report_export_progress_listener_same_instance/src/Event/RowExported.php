<?php

declare(strict_types=1);

namespace App\Event;

final class RowExported
{
    public function __construct(
        public readonly string $report,
        public readonly int $index,
        public readonly int $bytes,
    ) {
    }
}
