<?php
// A quota worker counts API calls per pricing plan. The plan table is
// built at boot from the configured plans, and each call is matched to
// the plan whose prefix its API key has; a key that matches no plan is
// counted under its own key: one new counter per unknown customer.

final class PlanTable
{
    /** @var array<string, array{prefix: string, quota: int}> */
    private array $plans = [];

    /** @param array<string, array{prefix: string, quota: int}> $config */
    public function __construct(array $config)
    {
        foreach ($config as $plan => $limits) {
            $this->plans[$plan] = ['prefix' => $limits['prefix'], 'quota' => $limits['quota']];
        }
    }

    /** @return array{plan: string, quota: int}|null */
    public function match(string $apiKey): ?array
    {
        foreach ($this->plans as $plan => $limits) {
            if (str_starts_with($apiKey, $limits['prefix'])) {
                return ['plan' => $plan, 'quota' => $limits['quota']];
            }
        }

        return null;
    }
}

final class ApiCall
{
    public function __construct(private string $verb, public readonly string $apiKey)
    {
    }

    public function verb(): string
    {
        return $this->verb;
    }
}

final class UsageCounter
{
    /** @var array<string, int> */
    private array $calls = [];

    public function __construct(private PlanTable $plans)
    {
    }

    public function record(ApiCall $call): int
    {
        $label = implode('|', [$call->verb(), $this->label($call->apiKey, $this->plans->match($call->apiKey))]);
        $this->calls[$label] = ($this->calls[$label] ?? 0) + 1; // leak

        return $this->calls[$label];
    }

    private function label(string $apiKey, ?array $plan): string
    {
        return $plan['plan'] ?? 'legacy:' . $apiKey;
    }
}

$counter = new UsageCounter(new PlanTable([
    'free' => ['prefix' => 'fr_', 'quota' => 100],
    'team' => ['prefix' => 'tm_', 'quota' => 5000],
    'enterprise' => ['prefix' => 'en_', 'quota' => 100000],
]));
$prefixes = ['fr_', 'zz_', 'en_', 'zz_'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $apiKey = $prefixes[$i % 4] . hash('sha256', 'customer-' . $i) . str_repeat('k', 1000);
    $counter->record(new ApiCall($i % 3 === 0 ? 'POST' : 'GET', $apiKey));
}
