<?php

declare(strict_types=1);

namespace App\Entities;

final class Specimen
{
    public function __construct(
        public readonly int $id,
        public readonly string $barcode,
        public readonly string $material,
        public int $volumeUl,
        public readonly ?int $parentId,
        public readonly string $study,
        public readonly string $consentScope,
        public string $location,
        public readonly \DateTimeImmutable $collectedAt,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self(
            (int) $row['id'],
            $row['barcode'],
            $row['material'],
            (int) $row['volume_ul'],
            $row['parent_id'],
            $row['study'],
            $row['consent_scope'],
            $row['location'],
            new \DateTimeImmutable($row['collected_at']),
        );
    }
}
