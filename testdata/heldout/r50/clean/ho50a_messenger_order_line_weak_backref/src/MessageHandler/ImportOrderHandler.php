<?php

namespace App\MessageHandler;

use App\Factory\OrderFactory;
use App\Message\ImportOrder;
use App\Repository\OrderRepository;

final class ImportOrderHandler
{
    public function __construct(private OrderFactory $factory, private OrderRepository $orders)
    {
    }

    public function __invoke(ImportOrder $message): string
    {
        $order = $this->factory->fromMessage($message);
        $order->markImported();
        $this->orders->save($order);

        return $order->getNumber();
    }
}
