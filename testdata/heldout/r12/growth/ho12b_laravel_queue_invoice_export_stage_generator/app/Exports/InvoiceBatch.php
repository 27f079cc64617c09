<?php
declare(strict_types=1);

namespace App\Exports;

final class InvoiceBatch
{
    /** @param list<array{number:string,customer:string,total:int}> $invoices */
    public function __construct(
        public readonly string $id,
        public readonly int $tenantId,
        public readonly array $invoices,
    ) {
    }
}
