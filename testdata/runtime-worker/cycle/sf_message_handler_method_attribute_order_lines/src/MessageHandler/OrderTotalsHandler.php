<?php

namespace App\MessageHandler;

use App\Message\RecalculateOrderTotals;
use App\Sales\Order;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class OrderTotalsHandler
{
    #[AsMessageHandler]
    public function recalculate(RecalculateOrderTotals $message): int
    {
        $order = new Order($message->orderId);
        foreach ($message->lines as $line) {
            $order->addLine($line['sku'], $line['label'], $line['qty'], $line['unit_price']);
        }

        // the UPDATE of orders.total is left out
        return $order->total();
    }
}
