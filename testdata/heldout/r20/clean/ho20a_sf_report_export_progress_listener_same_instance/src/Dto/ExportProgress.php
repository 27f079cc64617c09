<?php

declare(strict_types=1);

namespace App\Dto;

final class ExportProgress
{
    public int $rows = 0;
    public int $bytes = 0;
    public ?string $lastError = null;

    public function __construct(
        public readonly string $report,
        public readonly string $requestId,
        public readonly string $requestedBy,
        public readonly string $cacheKey,
    ) {
    }
}
