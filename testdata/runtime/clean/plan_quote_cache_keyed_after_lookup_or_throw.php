<?php
// A pricing service caches one quote per plan. The plan id comes from
// the request, but the service first looks the plan up in the table it
// was built with and throws when the lookup finds nothing: past that
// statement the id is one of three plans, so the cache holds three
// entries at most.

final class PlanPricing
{
    /** @var array<string, array{base: float, label: string}> */
    private array $plans;

    /** @var array<string, string> */
    private array $quotes = [];

    public function __construct()
    {
        $this->plans = [
            'basic' => ['base' => 9.0, 'label' => 'Basic'],
            'pro' => ['base' => 29.0, 'label' => 'Pro'],
            'team' => ['base' => 99.0, 'label' => 'Team'],
        ];
    }

    public function quote(string $planId, int $seats): string
    {
        $plan = $this->plans[$planId] ?? throw new InvalidArgumentException("Unknown plan {$planId}");
        $this->quotes[$planId] ??= sprintf('%s: %.2f per seat, billed monthly. ', $plan['label'], $plan['base']) . str_repeat('Terms apply. ', 60);
        return $this->quotes[$planId] . ' x' . $seats;
    }
}

$pricing = new PlanPricing();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    try {
        $pricing->quote(['basic', 'pro', 'team', 'plan-' . $i][$i % 4], 1 + $i % 30);
    } catch (InvalidArgumentException) {
        // (answered with a 404)
    }
}
