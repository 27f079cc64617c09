<?php

namespace App\Matchmaking;

enum Tier: string
{
    case Bronze = 'bronze';
    case Silver = 'silver';
    case Gold = 'gold';
    case Platinum = 'platinum';
    case Diamond = 'diamond';

    public static function fromRating(float $rating): self
    {
        return match (true) {
            $rating < 1200 => self::Bronze,
            $rating < 1500 => self::Silver,
            $rating < 1800 => self::Gold,
            $rating < 2100 => self::Platinum,
            default => self::Diamond,
        };
    }
}
