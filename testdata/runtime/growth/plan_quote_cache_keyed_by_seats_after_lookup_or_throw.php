<?php
// A pricing service caches one quote per plan. The plan id comes from
// the request, but the service first looks the plan up in the table it
// was built with and throws when the lookup finds nothing. The
// cache is keyed by plan and seat count, though, and the seat count is
// whatever the request asks for: one more entry per new count.

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
        $key = $planId . ':' . $seats;
        $this->quotes[$key] ??= sprintf('%s: %.2f for %d seats, billed monthly. ', $plan['label'], $plan['base'] * $seats, $seats) . str_repeat('Terms apply. ', 60); // leak
        return $this->quotes[$key];
    }
}

$pricing = new PlanPricing();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pricing->quote(['basic', 'pro', 'team'][$i % 3], 1 + $i);
}
