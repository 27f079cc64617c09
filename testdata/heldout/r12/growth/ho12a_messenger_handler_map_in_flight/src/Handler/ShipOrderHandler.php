<?php

declare(strict_types=1);

namespace App\Handler;

use App\Message\ShipOrder;

final class ShipOrderHandler extends MessageHandler
{
    public string $label = '';

    protected function process(): void
    {
        /** @var ShipOrder $message */
        $message = $this->envelope->message;
        $this->label = sprintf("%s\n%s\n%d parcels", $message->orderId, $message->address, \count($message->items));
    }
}
