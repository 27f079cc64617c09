<?php

namespace App\Event;

use App\Entity\Order;
use Symfony\Contracts\EventDispatcher\Event;

final class OrderPlacedEvent extends Event
{
    public int $loyaltyPoints = 0;

    public function __construct(public readonly Order $order)
    {
    }
}
