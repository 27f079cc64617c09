<?php

namespace App\MessageHandler;

use App\Entity\Order;
use App\Entity\OrderLine;
use App\Message\PlaceOrder;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class PlaceOrderHandler
{
    public int $lastTotal = 0;

    public function __invoke(PlaceOrder $message): void
    {
        $order = new Order($message->customerId);
        foreach ($message->items as [$sku, $qty, $price]) {
            $order->addLine(new OrderLine($sku, "Catalogue item {$sku}: " . str_repeat('spec ', 40), $qty, $price));
        }
        $this->lastTotal = $order->total();
    }
}
