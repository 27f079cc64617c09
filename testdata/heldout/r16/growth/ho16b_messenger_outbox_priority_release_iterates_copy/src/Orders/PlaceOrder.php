<?php

declare(strict_types=1);

namespace App\Orders;

use App\Outbox\DomainEvent;
use App\Outbox\EventOutbox;

final class PlaceOrder
{
    /** @param list<array{sku: string, qty: int, price: int}> $lines */
    public function __construct(
        public readonly string $orderId,
        public readonly string $customerEmail,
        public readonly array $lines,
    ) {
    }
}

final class PlaceOrderHandler
{
    public function __construct(private readonly EventOutbox $outbox)
    {
    }

    public function __invoke(PlaceOrder $command): string
    {
        $total = array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['price'], $command->lines));

        $this->outbox->record(new DomainEvent('order.placed', $command->orderId, [
            'email' => $command->customerEmail,
            'total' => $total,
            'lines' => $command->lines,
        ], DomainEvent::PRIORITY_HIGH));

        foreach ($command->lines as $line) {
            $this->outbox->record(new DomainEvent('stock.reserved', $line['sku'], [
                'order' => $command->orderId,
                'qty' => $line['qty'],
            ], DomainEvent::PRIORITY_LOW, $command->orderId));
        }

        return $command->orderId;
    }
}
