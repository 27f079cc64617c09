<?php

namespace App\Context;

final class ProductionContext
{
    /** @param list<array{material: string, qty: float, uom: string, storage: string}> $components */
    public function __construct(
        public readonly string $orderNo,
        public readonly string $plant,
        public readonly string $line,
        public readonly string $correlationId,
        public readonly array $components,
    ) {
    }

    public function label(): string
    {
        return sprintf('%s@%s/%s [%s]', $this->orderNo, $this->plant, $this->line, $this->correlationId);
    }
}
