<?php

declare(strict_types=1);

namespace App\Models;

final class AssignmentNote
{
    public function __construct(
        public readonly string $claimNumber,
        public readonly int $adjusterId,
        public readonly string $reason,
        public readonly \DateTimeImmutable $at,
    ) {
    }
}
