<?php
namespace App\Services\Pricing;

final class RuleSet
{
    /**
     * @param list<array{name: string, kind: string, amount: float, applies: string}> $rules
     */
    public function __construct(
        public readonly string $branch,
        public readonly string $classCode,
        public readonly float $dailyRate,
        public readonly array $rules,
        public readonly string $compiledAt,
    ) {
    }

    public function price(\DateTimeImmutable $pickup, int $days): float
    {
        $total = $this->dailyRate * $days;
        foreach ($this->rules as $rule) {
            $applies = match ($rule['applies']) {
                'weekend' => (int) $pickup->format('N') >= 6,
                'long_rental' => $days >= 7,
                'summer' => in_array((int) $pickup->format('n'), [6, 7, 8], true),
                default => true,
            };
            if (!$applies) {
                continue;
            }
            $total = $rule['kind'] === 'percent' ? $total * (1 + $rule['amount'] / 100) : $total + $rule['amount'];
        }

        return round($total, 2);
    }
}
