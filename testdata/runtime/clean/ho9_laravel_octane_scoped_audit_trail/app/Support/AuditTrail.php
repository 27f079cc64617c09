<?php
namespace App\Support;

final class AuditEntry
{
    public function __construct(public readonly string $action, public readonly array $context, public readonly float $at) {}
}

final class AuditTrail
{
    private \ArrayObject $entries;

    public function __construct()
    {
        $this->entries = new \ArrayObject();
    }

    public function record(string $action, array $context): void
    {
        $this->entries[] = new AuditEntry($action, $context, microtime(true));
    }

    public function count(): int
    {
        return $this->entries->count();
    }
}
