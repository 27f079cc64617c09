<?php

declare(strict_types=1);

namespace App\Tenancy;

final class AuditTrail
{
    private int $written = 0;

    public function write(string $tenant, string $actor, string $line): void
    {
        $this->written += strlen($tenant . $actor . $line) > 0 ? 1 : 0;
    }
}
