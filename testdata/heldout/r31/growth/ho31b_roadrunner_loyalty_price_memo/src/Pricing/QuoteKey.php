<?php

declare(strict_types=1);

namespace Retail\Pricing;

final class QuoteKey
{
    public static function for(string $sku, string $store, ?LoyaltyCard $card): string
    {
        return implode('|', [
            'quote',
            $store,
            $sku,
            self::customerPart($card),
        ]);
    }

    private static function customerPart(?LoyaltyCard $card): string
    {
        return $card === null ? 'guest' : 'card:' . $card->number;
    }
}
