<?php

declare(strict_types=1);

namespace Backoffice\Audit;

final class AuditEntry
{
    /** @param array<string, string> $changes */
    public function __construct(
        public readonly int $id,
        public readonly string $actor,
        public readonly string $action,
        public readonly string $subject,
        public readonly array $changes,
        public readonly \DateTimeImmutable $at,
    ) {
    }

    /** @param array{id: int, actor: string, action: string, subject: string, changes: string, at: string} $row */
    public static function fromRow(array $row): self
    {
        return new self(
            $row['id'],
            $row['actor'],
            $row['action'],
            $row['subject'],
            json_decode($row['changes'], true, 8, JSON_THROW_ON_ERROR),
            new \DateTimeImmutable($row['at']),
        );
    }
}
