<?php

declare(strict_types=1);

namespace Warehouse\Inventory;

final class Reservation
{
    public const PENDING = 'pending';
    public const COMMITTED = 'committed';
    public const RELEASED = 'released';

    public string $state = self::PENDING;
    /** @var array<string, int> */
    public array $allocated = [];

    public function __construct(
        public readonly string $reference,
        public readonly string $orderId,
        public readonly string $warehouse,
    ) {
    }
}
