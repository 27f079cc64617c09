<?php
// A feature gate memoizes, per account and feature, whether a feature is
// on, for every feature of the product. Accounts come from the request:
// every new trial account adds its own entries to the memo.

final class FeatureGate
{
    private const FEATURES = ['reports', 'exports', 'sso', 'audit_log', 'custom_domains', 'priority_support', 'api_access', 'webhooks'];

    /** @var array<string, bool> */
    private array $resolved = [];

    /** @return list<string> */
    public function enabledFor(string $account): array
    {
        $on = [];
        foreach (self::FEATURES as $feature) {
            if ($this->resolved[$account . ':' . $feature] ??= $this->evaluate($account, $feature)) { // leak
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

$controller = new DashboardController(new FeatureGate());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $account = $i % 10 === 0 ? ['acme', 'globex', 'initech'][$i % 3] : 'trial-workspace-' . (50000 + $i);
    $controller(['account' => $account, 'path' => '/dashboard']);
}
