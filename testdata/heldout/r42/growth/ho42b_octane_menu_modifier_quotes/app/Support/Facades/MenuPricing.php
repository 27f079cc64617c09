<?php

declare(strict_types=1);

namespace App\Support\Facades;

use Illuminate\Support\Facades\Facade;

/**
 * @method static \App\Pricing\PriceQuote quote(string $sku, array $modifierCodes, \App\Pricing\CartContext $cart)
 */
final class MenuPricing extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'menu.pricing';
    }
}
