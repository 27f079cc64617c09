<?php

declare(strict_types=1);

namespace Shop;

final class OrderHandler
{
    private array $handled = [];

    public function __invoke(array $message): void
    {
        $order = new Order($message['id']);
        foreach ($message['lines'] as [$sku, $quantity]) {
            $order->addLine($sku, $quantity);
            PriceCache::price($order->id, $sku);
        }
        // The handler is a long-lived service: this list grows per message.
        $this->handled[$order->id] = $order;
    }
}
