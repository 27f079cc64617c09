<?php

namespace App\Support;

/**
 * Collects the audit events of the current request; WriteAuditLog ships
 * them to the audit channel once the response has been sent.
 */
final class AuditTrail
{
    /** @var list<array{event: string, context: array, at: float}> */
    private array $entries = [];

    public function __construct(private string $channel)
    {
    }

    public function record(string $event, array $context = []): void
    {
        $this->entries[] = ['event' => $event, 'context' => $context, 'at' => microtime(true)]; // leak
    }

    public function channel(): string
    {
        return $this->channel;
    }

    public function count(): int
    {
        return count($this->entries);
    }

    public function last(): ?array
    {
        return $this->entries === [] ? null : $this->entries[array_key_last($this->entries)];
    }
}
