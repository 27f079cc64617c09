<?php
namespace App\Pricing;

interface PriceRule
{
    public function apply(array $lines, array $context): array;
}

final class VolumeDiscountRule implements PriceRule
{
    public function apply(array $lines, array $context): array
    {
        return array_map(fn (array $l) => $l['qty'] >= 3 ? ['adjust' => -0.05 * $l['total'], 'reason' => 'Volume 5%'] + $l : $l, $lines);
    }
}

final class CouponRule implements PriceRule
{
    public function apply(array $lines, array $context): array
    {
        return $context['coupon'] === 'SPRING10' ? array_map(fn (array $l) => ['adjust' => ($l['adjust'] ?? 0) - 0.1 * $l['total'], 'reason' => 'SPRING10'] + $l, $lines) : $lines;
    }
}

final class Quote
{
    public function __construct(public readonly string $cartId, public readonly array $lines, public readonly float $total) {}
}

final class PriceCalculator
{
    /** @var list<PriceRule> */
    private array $rules = [];

    public function addRule(PriceRule $rule): void
    {
        $this->rules[] = $rule;
    }

    public function quote(string $cartId, array $items, string $coupon): Quote
    {
        $lines = [];
        foreach ($items as $sku => $qty) {
            $lines[] = ['sku' => $sku, 'qty' => (int) $qty, 'total' => 1999.0 * $qty, 'label' => "Item {$sku} in cart {$cartId}"];
        }
        foreach ($this->rules as $rule) {
            $lines = $rule->apply($lines, ['coupon' => $coupon]);
        }
        return new Quote($cartId, $lines, array_sum(array_map(fn (array $l) => $l['total'] + ($l['adjust'] ?? 0), $lines)));
    }
}
