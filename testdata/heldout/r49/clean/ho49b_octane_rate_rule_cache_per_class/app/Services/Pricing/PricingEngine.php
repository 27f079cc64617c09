<?php
namespace App\Services\Pricing;

use App\Enums\VehicleClass;
use App\Support\RuleCacheKey;

class PricingEngine
{
    /** @var array<string, RuleSet> */
    private array $compiled = [];

    public function __construct(private RuleRepository $rules)
    {
    }

    public function quote(string $branch, VehicleClass $class, \DateTimeImmutable $pickup, int $days): array
    {
        $ruleSet = $this->ruleSet($branch, $class, $pickup);

        return [
            'branch' => $branch,
            'class' => $class->value,
            'pickup' => $pickup->format(DATE_ATOM),
            'days' => $days,
            'total' => $ruleSet->price($pickup, $days),
            'deposit' => $class->deposit(),
        ];
    }

    private function ruleSet(string $branch, VehicleClass $class, \DateTimeImmutable $pickup): RuleSet
    {
        $key = RuleCacheKey::for($branch, $class);

        return $this->compiled[$key] ??= $this->rules->load($branch, $class);
    }
}
