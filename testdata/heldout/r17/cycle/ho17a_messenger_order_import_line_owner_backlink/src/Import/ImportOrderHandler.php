<?php

declare(strict_types=1);

namespace App\Import;

use App\Domain\Order;

final class ImportOrder
{
    /**
     * @param list<array{sku: string, name: string, qty: int, unit: int}> $lines
     */
    public function __construct(
        public readonly string $reference,
        public readonly string $customerEmail,
        public readonly array $lines,
    ) {
    }
}

final class ImportOrderHandler
{
    private int $imported = 0;
    private int $totalCents = 0;

    public function __construct(private readonly OrderFactory $factory)
    {
    }

    public function __invoke(ImportOrder $message): void
    {
        $order = $this->factory->fromMessage($message);
        $this->assertConsistent($order);

        $this->imported++;
        $this->totalCents += $order->totalCents();
    }

    private function assertConsistent(Order $order): void
    {
        if (\count($order->lines()) === 0) {
            throw new \DomainException("Order {$order->reference} has no lines");
        }

        foreach ($order->lines() as $line) {
            if ($line->order() !== $order || $line->quantity <= 0) {
                throw new \DomainException("Inconsistent line {$line->sku}");
            }
        }
    }
}
