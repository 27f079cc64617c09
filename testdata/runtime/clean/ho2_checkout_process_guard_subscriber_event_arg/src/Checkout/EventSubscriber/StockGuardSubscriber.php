<?php

namespace App\Checkout\EventSubscriber;

use App\Checkout\Event\TransitionEvent;
use App\Inventory\InventoryService;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;

/**
 * Blocks payment when a line is out of stock and reserves stock once paid.
 */
final class StockGuardSubscriber implements EventSubscriberInterface
{
    public function __construct(
        private InventoryService $inventory,
    ) {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            'checkout.guard' => 'guardStock',
            'checkout.completed' => [
                ['reserveStock', 10],
                ['tagOrder', -10],
            ],
        ];
    }

    public function guardStock(TransitionEvent $event): void
    {
        if ('pay' !== $event->getTransition()) {
            return;
        }
        foreach ($event->getProcess()->getOrder()->lines as $line) {
            if ($this->inventory->available($line['sku']) < $line['qty']) {
                $event->block('out_of_stock:' . $line['sku']);

                return;
            }
        }
    }

    public function reserveStock(TransitionEvent $event): void
    {
        if ('pay' === $event->getTransition()) {
            foreach ($event->getProcess()->getOrder()->lines as $line) {
                $this->inventory->reserve($line['sku'], $line['qty']);
            }
        }
    }

    public function tagOrder(TransitionEvent $event): void
    {
        $order = $event->getProcess()->getOrder();
        if ('confirm' === $event->getTransition() && $order->total() > 50000) {
            $order->state = 'confirmed_priority';
        }
    }
}
