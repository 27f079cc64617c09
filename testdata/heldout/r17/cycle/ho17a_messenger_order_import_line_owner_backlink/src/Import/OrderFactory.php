<?php

declare(strict_types=1);

namespace App\Import;

use App\Domain\Order;
use App\Domain\OrderLine;

final class OrderFactory
{
    public function fromMessage(ImportOrder $message): Order
    {
        $order = new Order($message->reference, $message->customerEmail);

        foreach ($message->lines as $row) {
            $order->addLine(new OrderLine(
                sku: $row['sku'],
                name: trim($row['name']),
                quantity: (int) $row['qty'],
                unitCents: (int) $row['unit'],
            ));
        }

        return $order;
    }
}
