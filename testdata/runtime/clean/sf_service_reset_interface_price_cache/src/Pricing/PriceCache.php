<?php

namespace App\Pricing;

use Symfony\Contracts\Service\ResetInterface;

/**
 * Memoizes computed line prices (customer group, promotions and tax rules are expensive to evaluate) within one request.
 */
final class PriceCache implements ResetInterface
{
    /** @var array<string, array{net: int, tax: int, label: string}> */
    private array $prices = [];

    /**
     * @param callable(): array{net: int, tax: int, label: string} $compute
     */
    public function get(string $key, callable $compute): array
    {
        return $this->prices[$key] ??= $compute();
    }

    public function reset(): void
    {
        $this->prices = [];
    }
}
