<?php

namespace App\MessageHandler;

use App\Message\ShipOrder;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ShipOrderHandler
{
    public function __invoke(ShipOrder $message): string
    {
        // the carrier API call is left out
        return sprintf('%s-%d-%s', strtoupper($message->carrier), $message->orderId, substr(md5($message->address), 0, 8));
    }
}
