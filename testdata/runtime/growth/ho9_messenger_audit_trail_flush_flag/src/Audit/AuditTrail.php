<?php

namespace App\Audit;

final class AuditEntry { public function __construct(public readonly string $action, public readonly string $subject, public readonly array $changes) {} }

final class AuditTrail
{
    private array $entries = [];
    public int $written = 0;

    public function __construct(private string $dsn) {}

    public function record(string $action, string $subject, array $changes): void
    {
        $this->entries[] = new AuditEntry($action, $subject, $changes); // leak
    }

    public function flush(): void
    {
        $this->written += strlen(json_encode($this->entries));
        $this->entries = [];
    }
}
