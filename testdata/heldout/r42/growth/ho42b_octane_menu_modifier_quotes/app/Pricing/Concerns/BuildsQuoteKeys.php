<?php

declare(strict_types=1);

namespace App\Pricing\Concerns;

use App\Pricing\CartContext;

trait BuildsQuoteKeys
{
    /** @param list<string> $modifierCodes */
    protected function quoteKey(string $sku, array $modifierCodes, CartContext $cart): string
    {
        sort($modifierCodes);

        // promos can be applied per cart, so a quote is only valid for its cart
        return implode('|', [$cart->storeId, $cart->cartToken, $sku, implode(',', $modifierCodes)]);
    }
}
