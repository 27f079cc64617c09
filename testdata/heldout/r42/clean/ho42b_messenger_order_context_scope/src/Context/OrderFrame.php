<?php

declare(strict_types=1);

namespace App\Context;

use App\Message\PlaceOrder;

/** What log lines and downstream handlers need to know about the order in flight. */
final class OrderFrame
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $restaurantId,
        public readonly string $summary,
        public readonly array $logContext,
    ) {
    }

    public static function fromMessage(PlaceOrder $message): self
    {
        $summary = [];
        foreach ($message->items as $item) {
            $summary[] = $item['qty'] . 'x ' . $item['sku'] . ($item['mods'] ? ' (' . implode(', ', $item['mods']) . ')' : '');
        }

        return new self($message->orderId, $message->restaurantId, implode('; ', $summary), [
            'order_id' => $message->orderId,
            'restaurant' => $message->restaurantId,
            'customer' => $message->customerName,
            'address' => $message->deliveryAddress,
            'scheduled' => $message->scheduledFor?->format(DATE_ATOM),
        ]);
    }
}
