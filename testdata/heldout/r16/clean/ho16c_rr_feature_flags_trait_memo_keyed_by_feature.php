<?php

declare(strict_types=1);

namespace App\Features;

enum Feature: string
{
    case NewCheckout = 'new-checkout';
    case BulkExport = 'bulk-export';
    case SmartSearch = 'smart-search';

    public function rolloutPercent(): int
    {
        return match ($this) {
            self::NewCheckout => 25,
            self::BulkExport => 100,
            self::SmartSearch => 10,
        };
    }
}

final class Account
{
    public function __construct(
        public readonly string $id,
        public readonly string $plan,
        public readonly string $country,
    ) {
    }
}

final class Rule
{
    /** @param list<string> $plans */
    public function __construct(public readonly Feature $feature, public readonly int $percent, public readonly array $plans)
    {
    }
}

final class Evaluation
{
    public function __construct(
        public readonly Feature $feature,
        public readonly bool $enabled,
        public readonly string $reason,
        public readonly array $context,
    ) {
    }
}

trait MemoizesLookups
{
    /** @var array<string, mixed> */
    private static array $memo = [];

    private function memo(string $key, callable $compute): mixed
    {
        return self::$memo[$key] ??= $compute();
    }

    private static function memoKey(Feature $feature): string
    {
        return static::class . '|' . $feature->value;
    }
}

final class FeatureManager
{
    use MemoizesLookups;

    private static ?self $instance = null;

    /** @param array<string, list<string>> $planAllowList */
    private function __construct(private array $planAllowList)
    {
    }

    public static function instance(): self
    {
        return self::$instance ??= new self(['enterprise' => ['bulk-export', 'smart-search'], 'team' => ['bulk-export']]);
    }

    public function active(Feature $feature, Account $account): bool
    {
        return $this->evaluate($feature, $account)->enabled;
    }

    public function evaluate(Feature $feature, Account $account): Evaluation
    {
        return $this->compute($this->memo(self::memoKey($feature), fn (): Rule => $this->rule($feature)), $account);
    }

    private function rule(Feature $feature): Rule
    {
        $plans = array_keys(array_filter($this->planAllowList, fn (array $features) => in_array($feature->value, $features, true)));

        return new Rule($feature, $feature->rolloutPercent(), $plans);
    }

    private function compute(Rule $rule, Account $account): Evaluation
    {
        $feature = $rule->feature;
        if (in_array($account->plan, $rule->plans, true)) {
            return new Evaluation($feature, true, "plan {$account->plan} includes {$feature->value}", ['account' => $account->id]);
        }

        $bucket = crc32($feature->value . ':' . $account->id) % 100;

        return new Evaluation(
            $feature,
            $bucket < $rule->percent,
            "bucket {$bucket} vs rollout {$rule->percent}% for account {$account->id}",
            ['account' => $account->id, 'country' => $account->country, 'bucket' => $bucket],
        );
    }
}

/** Static facade used in controllers and templates. */
final class Features
{
    public static function active(Feature $feature, Account $account): bool
    {
        return FeatureManager::instance()->active($feature, $account);
    }
}

final class CheckoutController
{
    public function show(array $request): array
    {
        $account = new Account($request['headers']['x-account-id'], $request['headers']['x-plan'], 'NL');

        return [
            'status' => 200,
            'template' => Features::active(Feature::NewCheckout, $account) ? 'checkout/v2' : 'checkout/v1',
            'export_button' => Features::active(Feature::BulkExport, $account),
            'search' => Features::active(Feature::SmartSearch, $account) ? 'smart' : 'basic',
        ];
    }
}

// RoadRunner PSR-7 worker stand-in.
$controller = new CheckoutController();
$plans = ['free', 'team', 'enterprise'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(['uri' => '/checkout', 'headers' => [
        'x-account-id' => sprintf('acc_%010d', 7_000_000 + $i * 13),
        'x-plan' => $plans[$i % 3],
    ]]);
}
