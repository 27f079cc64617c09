<?php

namespace App\Enums;

enum PermitType: string
{
    case Building = 'building';
    case Electrical = 'electrical';
    case Plumbing = 'plumbing';
    case Mechanical = 'mechanical';
    case Demolition = 'demolition';
    case Sign = 'sign';

    public function baseFeeCents(): int
    {
        return match ($this) {
            self::Building => 25000,
            self::Electrical => 9500,
            self::Plumbing => 8800,
            self::Mechanical => 9100,
            self::Demolition => 15000,
            self::Sign => 4500,
        };
    }
}
