<?php

declare(strict_types=1);

namespace App\Audit;

final class AuditEntry
{
    public function __construct(
        public readonly string $actor,
        public readonly string $action,
        public readonly string $payload,
        public readonly float $at,
    ) {}
}

interface AuditSink
{
    public function write(string $batch): void;
}

final class SyslogSink implements AuditSink
{
    public int $bytes = 0;

    public function write(string $batch): void
    {
        $this->bytes += strlen($batch);
    }
}

final class AuditTrail
{
    /** @var list<AuditEntry> */
    private array $pending = [];

    public function __construct(private AuditSink $sink) {}

    public function record(AuditEntry $entry): void
    {
        $this->pending[] = $entry; // leak
    }

    public function flush(): void
    {
        if ($this->pending !== []) {
            $this->sink->write(json_encode($this->pending));
            $this->pending = [];
        }
    }
}
