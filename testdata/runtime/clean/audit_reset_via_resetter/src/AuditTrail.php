<?php

final class AuditTrail implements ResetInterface
{
    /** @var list<array> */
    private array $entries = [];

    public function record(string $action, array $data): void
    {
        $this->entries[] = ['action' => $action, 'data' => json_encode($data), 'at' => microtime(true)];
    }

    public function reset(): void
    {
        $this->entries = [];
    }
}
