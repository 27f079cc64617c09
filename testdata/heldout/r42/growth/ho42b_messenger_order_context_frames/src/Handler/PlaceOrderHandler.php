<?php

declare(strict_types=1);

namespace App\Handler;

use App\Context\OrderContext;
use App\Message\PlaceOrder;

final class PlaceOrderHandler
{
    private int $sentToKitchen = 0;

    public function __invoke(PlaceOrder $message): string
    {
        $frame = OrderContext::current();
        $ticket = sprintf('[%s] %s -> %s', $message->restaurantId, $message->orderId, $frame?->summary ?? '?');
        $this->sentToKitchen++;

        return hash('crc32b', $ticket);
    }
}
