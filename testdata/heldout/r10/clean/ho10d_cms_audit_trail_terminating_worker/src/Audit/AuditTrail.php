<?php

declare(strict_types=1);

namespace App\Audit;

final class AuditEntry
{
    public function __construct(
        public readonly string $actor,
        public readonly string $action,
        public readonly string $subject,
        public readonly array $context,
        public readonly int $sequence,
    ) {
    }
}

interface AuditStorage
{
    /** @param list<AuditEntry> $entries */
    public function insertBatch(array $entries): void;
}

final class DatabaseAuditStorage implements AuditStorage
{
    public int $rowsWritten = 0;

    public function insertBatch(array $entries): void
    {
        $this->rowsWritten += count($entries);
    }
}

/**
 * Collects audit entries during the request and writes them in one
 * INSERT once the response has been sent.
 */
final class AuditTrail
{
    /** @var list<AuditEntry> */
    private array $pending = [];
    private int $sequence = 0;

    public function __construct(private readonly AuditStorage $storage)
    {
    }

    public function record(string $actor, string $action, string $subject, array $context = []): void
    {
        $this->pending[] = new AuditEntry($actor, $action, $subject, $context, ++$this->sequence);
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->storage->insertBatch($this->pending);
        $this->pending = [];
    }
}
