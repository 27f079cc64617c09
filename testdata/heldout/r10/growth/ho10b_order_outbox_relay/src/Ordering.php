<?php

declare(strict_types=1);

namespace App\Ordering;

final class PlaceOrder
{
    public function __construct(
        public readonly string $orderId,
        public readonly int $customerId,
        public readonly array $lines,
        public readonly string $currency,
    ) {
    }
}

interface DomainEvent
{
    public function name(): string;

    public function payload(): array;
}

final class OrderPlaced implements DomainEvent
{
    public function __construct(
        public readonly string $orderId,
        public readonly int $customerId,
        public readonly int $totalCents,
        public readonly array $lines,
        public readonly string $currency,
    ) {
    }

    public function name(): string
    {
        return 'ordering.order_placed';
    }

    public function payload(): array
    {
        return get_object_vars($this);
    }
}

final class OrderRepository
{
    private int $writes = 0;

    public function save(string $orderId, int $totalCents): void
    {
        $this->writes++;
    }
}

final class PlaceOrderHandler
{
    public function __construct(private OrderRepository $orders, private EventOutbox $outbox)
    {
    }

    public function __invoke(PlaceOrder $command): string
    {
        $total = 0;
        foreach ($command->lines as $line) {
            $total += $line['qty'] * $line['unit_cents'];
        }
        $this->orders->save($command->orderId, $total);
        $this->outbox->record(new OrderPlaced(
            $command->orderId,
            $command->customerId,
            $total,
            $command->lines,
            $command->currency,
        ));

        return $command->orderId;
    }
}
