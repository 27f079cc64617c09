<?php

namespace App\Flags;

/**
 * Local-evaluation flag SDK client. Evaluations are memoised so that a flag
 * checked from several places resolves once.
 */
final class FlagClient
{
    /** @var array<string, Evaluation> */
    private array $evaluations = [];
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
        $key = $this->memoKey($flagKey, $context);
        if (isset($this->evaluations[$key])) {
            $this->hits++;

            return $this->evaluations[$key];
        }

        return $this->evaluations[$key] = $this->resolve($flagKey, $context); // leak
    }

    private function memoKey(string $flagKey, EvaluationContext $context): string
    {
        return implode(':', [$this->application, $flagKey, $context->attribute('plan'), $context->targetingKey]);
    }

    private function resolve(string $flagKey, EvaluationContext $context): Evaluation
    {
        $flag = $this->flags->find($flagKey);
        if ($flag === null) {
            return new Evaluation($flagKey, 'off', 'FLAG_NOT_FOUND', null, 0, []);
        }

        $plan = $context->attribute('plan', 'free');
        foreach ($flag->rules as $index => $rule) {
            if ($rule['plan'] !== '*' && $rule['plan'] !== $plan) {
                continue;
            }
            if (isset($rule['rollout']) && $this->bucket($flag, $context->targetingKey) >= $rule['rollout']) {
                continue;
            }

            return new Evaluation($flagKey, $rule['variant'], 'TARGETING_MATCH', $index, $flag->version, $context->attributes);
        }

        return new Evaluation($flagKey, $flag->defaultVariant, 'DEFAULT', null, $flag->version, $context->attributes);
    }

    private function bucket(FlagDefinition $flag, string $targetingKey): int
    {
        return hexdec(substr(sha1($flag->key . '.' . $targetingKey), 0, 7)) % 100;
    }
}
