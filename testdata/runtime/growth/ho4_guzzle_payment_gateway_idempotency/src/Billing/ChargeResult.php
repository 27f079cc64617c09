<?php

declare(strict_types=1);

namespace App\Billing;

final class ChargeResult
{
    public function __construct(
        public readonly string $id,
        public readonly string $status,
        public readonly bool $replayed,
    ) {
    }

    public function isSuccessful(): bool
    {
        return $this->status === 'succeeded';
    }
}
