<?php

declare(strict_types=1);

namespace App\Pricing;

use App\Pricing\Concerns\BuildsQuoteKeys;

final class ModifierPriceResolver
{
    use BuildsQuoteKeys;

    /** @var array<string, PriceQuote> */
    private array $quotes = [];

    /**
     * @param array<string, array{name: string, cents: int}> $menu
     * @param array<string, int> $modifiers
     */
    public function __construct(private readonly array $menu, private readonly array $modifiers)
    {
    }

    /** @param list<string> $modifierCodes */
    public function quote(string $sku, array $modifierCodes, CartContext $cart): PriceQuote
    {
        if (!isset($this->menu[$sku])) {
            throw new \InvalidArgumentException("SKU {$sku} is not on the menu");
        }
        $modifierCodes = array_values(array_intersect($modifierCodes, array_keys($this->modifiers)));
        $key = $this->quoteKey($sku, $modifierCodes, $cart);

        return $this->quotes[$key] ??= $this->price($sku, $modifierCodes, $cart->channel);
    }

    /** @param list<string> $modifierCodes */
    private function price(string $sku, array $modifierCodes, SalesChannel $channel): PriceQuote
    {
        $item = $this->menu[$sku];
        $upcharges = [];
        foreach ($modifierCodes as $code) {
            $upcharges[$code] = (int) round($this->modifiers[$code] * $channel->markup());
        }
        $base = (int) round($item['cents'] * $channel->markup());

        return new PriceQuote($sku, $item['name'], $base, $upcharges, $base + array_sum($upcharges), $channel->value);
    }
}
