<?php

declare(strict_types=1);

namespace App\Message;

final class ImportCustomers
{
    /** @param list<array<string, string>> $rows */
    public function __construct(public readonly string $batchId, public readonly array $rows)
    {
    }
}
