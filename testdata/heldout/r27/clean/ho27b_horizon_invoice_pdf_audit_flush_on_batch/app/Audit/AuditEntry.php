<?php

namespace App\Audit;

enum AuditSeverity: int
{
    case Debug = 100;
    case Info = 200;
    case Notice = 250;
    case Warning = 300;
    case Error = 400;
    case Critical = 500;

    public static function fromName(string $name): self
    {
        return constant(self::class . '::' . ucfirst(strtolower($name)));
    }

    public function atLeast(self $other): bool
    {
        return $this->value >= $other->value;
    }
}

final class AuditEntry
{
    public function __construct(
        public readonly string $action,
        public readonly AuditSeverity $severity,
        public readonly string $actor,
        public readonly string $subjectType,
        public readonly string $subjectId,
        public readonly array $context,
        public readonly string $recordedAt,
    ) {
    }

    public function toRow(): array
    {
        return [
            'action' => $this->action,
            'severity' => $this->severity->value,
            'actor' => $this->actor,
            'subject' => $this->subjectType . ':' . $this->subjectId,
            'context' => json_encode($this->context),
            'recorded_at' => $this->recordedAt,
        ];
    }
}

/** Stand-in for the audit database connection: counts rows it inserts. */
final class AuditTable
{
    private int $inserted = 0;

    public function insertBatch(array $rows): void
    {
        $this->inserted += count($rows);
    }
}
