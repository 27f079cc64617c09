<?php

final class AuditTrail
{
    /** @var list<array> */
    private array $entries = [];

    public function record(string $action, array $data): void
    {
        $this->entries[] = ['action' => $action, 'data' => json_encode($data), 'at' => microtime(true)]; // leak
    }
}
