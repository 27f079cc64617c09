<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Events\OrderPlaced;

final class SendOrderConfirmation
{
    private int $sent = 0;

    public function __invoke(OrderPlaced $event): void
    {
        $lines = array_map(
            static fn (array $item): string => sprintf('%dx %s', $item['qty'], $item['sku']),
            $event->items,
        );
        $body = "Thanks for your order {$event->orderNumber}:\n" . implode("\n", $lines);
        if ($body !== '') {
            $this->sent++;
        }
    }
}
