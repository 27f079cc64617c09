<?php

namespace App\Underwriting;

use Closure;
use Psr\Log\LoggerInterface;

/**
 * Compiles the underwriting guideline table into closures. Every compiled
 * rule appends its outcome to the trail the handler hands in.
 */
final class RuleSetFactory
{
    public function __construct(private LoggerInterface $logger)
    {
    }

    /**
     * @param array<string, array{0: string, 1: string, 2: mixed}> $guidelines
     * @return array<string, Closure(Applicant): bool>
     */
    public function compile(array $guidelines, array &$trail): array
    {
        $rules = [];
        foreach ($guidelines as $code => [$field, $operator, $threshold]) {
            $rules[$code] = $this->audited($code, $this->comparator($field, $operator, $threshold), $trail);
        }

        return array_merge($this->baseline($trail), $rules);
    }

    /** @return array<string, Closure(Applicant): bool> */
    private function baseline(array &$trail): array
    {
        return [
            'KYC-001' => $this->audited('KYC-001', static fn (Applicant $a): bool => $a->sanctionsHit, $trail),
        ];
    }

    private function comparator(string $field, string $operator, mixed $threshold): Closure
    {
        return static function (Applicant $applicant) use ($field, $operator, $threshold): bool {
            $value = $applicant->field($field);

            return match ($operator) {
                '>' => $value > $threshold,
                '>=' => $value >= $threshold,
                '=' => $value === $threshold,
                'in' => in_array($value, $threshold, true),
            };
        };
    }

    private function audited(string $code, Closure $check, array &$trail): Closure
    {
        $logger = $this->logger;

        return static function (Applicant $applicant) use ($code, $check, &$trail, $logger): bool {
            $referred = $check($applicant);
            $line = sprintf(
                '[%s] %s %s for %s (%s, age %d, face %d, %s)',
                $trail['ruleset'] ?? 'unversioned',
                $code,
                $referred ? 'REFER' : 'pass',
                $applicant->applicationId,
                $applicant->name,
                $applicant->age,
                $applicant->faceAmount,
                $applicant->occupation,
            );
            $trail[] = $line; // leak
            if ($referred) {
                $logger->info($line, ['trail' => $trail]);
            }

            return $referred;
        };
    }
}
