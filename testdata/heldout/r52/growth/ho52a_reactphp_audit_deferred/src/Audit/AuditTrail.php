<?php

namespace App\Audit;

use App\Support\DefersCallbacks;

final class AuditTrail
{
    use DefersCallbacks;

    private int $written = 0;
    private string $lastDigest = '';

    public function write(string $action, array $fields): void
    {
        $this->lastDigest = hash('sha256', $action . json_encode($fields));
        $this->written++;
    }

    public function written(): int
    {
        return $this->written;
    }
}
