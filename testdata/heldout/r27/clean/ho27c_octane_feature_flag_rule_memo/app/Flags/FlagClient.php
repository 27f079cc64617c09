<?php

namespace App\Flags;

/**
 * Local-evaluation flag SDK client. The rules that apply to a plan are
 * memoised so that a flag checked from several places resolves once per
 * segment; the percentage bucket is computed per call.
 */
final class FlagClient
{
    private const PLANS = ['free', 'starter', 'business', 'enterprise'];

    /** @var array<string, array<int, array>> */
    private array $matchingRules = [];
    private int $hits = 0;

    public function __construct(private FlagRepository $flags, private string $application)
    {
    }

    public function enabled(string $flagKey, EvaluationContext $context): bool
    {
        return $this->evaluate($flagKey, $context)->enabled();
    }

    public function variant(string $flagKey, EvaluationContext $context): string
    {
        return $this->evaluate($flagKey, $context)->variant;
    }

    public function evaluate(string $flagKey, EvaluationContext $context): Evaluation
    {
        $flag = $this->flags->find($flagKey);
        if ($flag === null) {
            return new Evaluation($flagKey, 'off', 'FLAG_NOT_FOUND', null, 0, []);
        }

        $plan = $this->segment($context);
        $key = $this->memoKey($flagKey, $plan);
        if (isset($this->matchingRules[$key])) {
            $this->hits++;
        }
        $rules = $this->matchingRules[$key] ??= $this->rulesFor($flag, $plan);

        foreach ($rules as $index => $rule) {
            if (isset($rule['rollout']) && $this->bucket($flag, $context->targetingKey) >= $rule['rollout']) {
                continue;
            }

            return new Evaluation($flagKey, $rule['variant'], 'TARGETING_MATCH', $index, $flag->version, $context->attributes);
        }

        return new Evaluation($flagKey, $flag->defaultVariant, 'DEFAULT', null, $flag->version, $context->attributes);
    }

    private function segment(EvaluationContext $context): string
    {
        $plan = $context->attribute('plan', 'free');

        return in_array($plan, self::PLANS, true) ? $plan : 'free';
    }

    private function memoKey(string $flagKey, string $plan): string
    {
        return implode(':', [$this->application, $flagKey, $plan]);
    }

    /** @return array<int, array> */
    private function rulesFor(FlagDefinition $flag, string $plan): array
    {
        return array_filter($flag->rules, static fn (array $rule): bool => $rule['plan'] === '*' || $rule['plan'] === $plan);
    }

    private function bucket(FlagDefinition $flag, string $targetingKey): int
    {
        return hexdec(substr(sha1($flag->key . '.' . $targetingKey), 0, 7)) % 100;
    }
}
