<?php

declare(strict_types=1);

namespace App\Message;

/** Messages whose handlers load or create many entities: the bus detaches them afterwards. */
interface ClearsEntityManager
{
}

final class GenerateInvoice
{
    /** @param list<array{label: string, cents: int}> $items */
    public function __construct(
        public readonly string $orderNumber,
        public readonly string $customerId,
        public readonly string $billingAddress,
        public readonly array $items,
    ) {
    }
}
