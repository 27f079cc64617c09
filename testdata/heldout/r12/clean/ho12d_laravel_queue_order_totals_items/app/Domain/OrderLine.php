<?php

declare(strict_types=1);

namespace App\Domain;

final class OrderLine
{
    private const VAT_RATES = ['DE' => 19, 'AT' => 20, 'FR' => 20, 'NL' => 21];

    private function __construct(
        private \WeakReference $order,
        public readonly string $sku,
        public readonly string $title,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {
    }

    public static function forOrder(Order $order, string $sku, string $title, int $quantity, int $unitCents): self
    {
        return new self(\WeakReference::create($order), $sku, $title, $quantity, $unitCents);
    }

    public function order(): Order
    {
        return $this->order->get() ?? throw new \LogicException('Order line outlived its order.');
    }

    public function grossCents(): int
    {
        $net = $this->quantity * $this->unitCents;
        $rate = self::VAT_RATES[$this->order()->shipToCountry] ?? 19;

        return $net + intdiv($net * $rate, 100);
    }
}
