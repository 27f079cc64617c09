<?php

namespace App\Support;

use App\Services\PlayerCard;

final class BadgeKey
{
    /**
     * Cache key for a rendered rank badge.
     */
    public static function for(PlayerCard $card): string
    {
        return sprintf('badge:%s:%s', $card->region, $card->tier);
    }
}
