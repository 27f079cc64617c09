<?php

namespace App\Checkout;

use App\Checkout\EventSubscriber\StockGuardSubscriber;
use App\Inventory\InventoryService;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class CheckoutProcessFactory
{
    public function __construct(private InventoryService $inventory)
    {
    }

    public function create(Order $order): CheckoutProcess
    {
        $dispatcher = new EventDispatcher();
        $process = new CheckoutProcess($order, $dispatcher);
        $dispatcher->addSubscriber(new StockGuardSubscriber($process, $this->inventory)); // leak

        return $process;
    }
}
