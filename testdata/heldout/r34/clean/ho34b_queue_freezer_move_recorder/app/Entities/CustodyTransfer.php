<?php

declare(strict_types=1);

namespace App\Entities;

final class CustodyTransfer
{
    private ?int $id = null;

    public function __construct(
        public readonly int $specimenId,
        public readonly string $fromLocation,
        public readonly string $toLocation,
        public readonly string $custodian,
        public readonly string $reason,
        public readonly \DateTimeImmutable $transferredAt,
    ) {
    }

    public function id(): ?int
    {
        return $this->id;
    }

    public function toRow(): array
    {
        return [
            'specimen_id' => $this->specimenId,
            'from_location' => $this->fromLocation,
            'to_location' => $this->toLocation,
            'custodian' => $this->custodian,
            'reason' => $this->reason,
            'transferred_at' => $this->transferredAt->format('Y-m-d H:i:s'),
        ];
    }
}
