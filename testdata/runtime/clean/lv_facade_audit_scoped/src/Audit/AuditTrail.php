<?php

namespace App\Audit;

class AuditTrail
{
    /** @var list<AuditEntry> */
    private array $entries = [];

    public function __construct(private string $application)
    {
    }

    public function record(string $action, array $context = []): void
    {
        $this->entries[] = new AuditEntry($this->application, $action, $context, microtime(true));
    }

    /**
     * @return list<AuditEntry>
     */
    public function entries(): array
    {
        return $this->entries;
    }
}
