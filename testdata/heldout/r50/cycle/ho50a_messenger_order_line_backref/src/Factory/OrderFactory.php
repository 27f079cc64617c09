<?php

namespace App\Factory;

use App\Entity\Order;
use App\Entity\OrderLine;
use App\Message\ImportOrder;

final class OrderFactory
{
    public function fromMessage(ImportOrder $message): Order
    {
        $order = new Order($message->orderNumber, $message->customerEmail, $message->country);
        foreach ($message->lines as $line) {
            $order->addLine(new OrderLine($line['sku'], $line['name'], $line['quantity'], $line['unit_price']));
        }
        return $order;
    }
}
