<?php

namespace App\Pricing;

/**
 * Memoizes computed line prices (customer group, promotions and tax rules are expensive to evaluate).
 */
final class PriceCache
{
    /** @var array<string, array{net: int, tax: int, label: string}> */
    private array $prices = [];

    /**
     * @param callable(): array{net: int, tax: int, label: string} $compute
     */
    public function get(string $key, callable $compute): array
    {
        return $this->prices[$key] ??= $compute(); // leak
    }

    public function clear(): void
    {
        $this->prices = [];
    }
}
