<?php

namespace App\Providers;

use App\Billing\OrderPlaced;
use League\Event\EventDispatcher;

final class EventServiceProvider
{
    private int $receipts = 0;

    public function __construct(private EventDispatcher $events) {}

    public function boot(): void
    {
        $this->events->subscribeTo(OrderPlaced::class, function (OrderPlaced $event): void {
            $event->order->receiptSent = true;
            $this->receipts++;
        });
    }
}
