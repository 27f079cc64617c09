<?php
// A feature gate memoizes, per account and feature, whether a feature is
// on. It walks the features of the account's plan, from a table given
// at boot: an account the table does not list has no features to walk,
// so the memo only ever holds the accounts of the table.

final class FeatureGate
{
    /** @var array<string, bool> */
    private array $resolved = [];

    /** @param array<string, list<string>> $plans */
    public function __construct(private readonly array $plans)
    {
    }

    /** @return list<string> */
    public function enabledFor(string $account): array
    {
        $on = [];
        foreach ($this->plans[$account] ?? [] as $feature) {
            if ($this->resolved[$account . ':' . $feature] ??= $this->evaluate($account, $feature)) {
                $on[] = $feature;
            }
        }

        return $on;
    }

    private function evaluate(string $account, string $feature): bool
    {
        return crc32($account . str_repeat($feature, 40)) % 3 !== 0;
    }
}

final class DashboardController
{
    public function __construct(private FeatureGate $gate)
    {
    }

    public function __invoke(array $request): string
    {
        return implode(',', $this->gate->enabledFor($request['account']));
    }
}

$controller = new DashboardController(new FeatureGate([
    'acme' => ['reports', 'exports', 'sso', 'audit_log', 'custom_domains', 'priority_support', 'api_access', 'webhooks'],
    'globex' => ['reports'],
    'initech' => ['reports', 'exports'],
]));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $account = $i % 10 === 0 ? ['acme', 'globex', 'initech'][$i % 3] : 'trial-workspace-' . (50000 + $i);
    $controller(['account' => $account, 'path' => '/dashboard']);
}
