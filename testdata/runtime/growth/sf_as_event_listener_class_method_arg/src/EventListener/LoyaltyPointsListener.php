<?php

namespace App\EventListener;

use App\Event\OrderPlacedEvent;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;

/**
 * Awards loyalty points for each placed order.
 */
#[AsEventListener(event: OrderPlacedEvent::class, method: 'onOrderPlaced')]
final class LoyaltyPointsListener
{
    /** @var array<int, array{email: string, points: int, address: string}> */
    private array $awarded = [];

    public function onOrderPlaced(OrderPlacedEvent $event): void
    {
        $order = $event->order;
        $this->awarded[$order->id] = [ // leak
            'email' => $order->customerEmail,
            'points' => intdiv($order->total(), 100),
            'address' => $order->shippingAddress,
        ];
    }

    public function pointsFor(int $orderId): int
    {
        return $this->awarded[$orderId]['points'] ?? 0;
    }
}
