<?php

declare(strict_types=1);

namespace App\Pricing;

enum SalesChannel: string
{
    case DineIn = 'dine_in';
    case Pickup = 'pickup';
    case Delivery = 'delivery';

    public function markup(): float
    {
        return match ($this) {
            self::Delivery => 1.15,
            default => 1.0,
        };
    }
}
