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

        // promos are applied at checkout, so a quote only depends on what is priced
        return implode('|', [$cart->storeId, $cart->channel->value, $sku, implode(',', $modifierCodes)]);
    }
}
