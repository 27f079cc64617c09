<?php

namespace App\Message;

final class ReleaseWorkOrder
{
    /** @param list<array{material: string, qty: float, uom: string, storage: string}> $components */
    public function __construct(
        public readonly string $orderNo,
        public readonly string $erpDocument,
        public readonly string $plant,
        public readonly string $line,
        public readonly int $quantity,
        public readonly array $components,
    ) {
    }
}
