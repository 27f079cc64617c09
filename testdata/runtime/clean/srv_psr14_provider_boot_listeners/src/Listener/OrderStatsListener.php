<?php

namespace App\Listener;

use App\Event\OrderPlaced;

final class OrderStatsListener
{
    private int $placed = 0;
    private ?int $lastOrderId = null;
    private ?int $lastPlacedAt = null;

    public function __invoke(OrderPlaced $event): void
    {
        $this->placed++;
        $this->lastOrderId = $event->orderId;
        $this->lastPlacedAt = $event->placedAt;
    }

    public function placed(): int
    {
        return $this->placed;
    }
}
