<?php

namespace App\Services;

final class CoverageVerifier
{
    /** @param array<string, array{effective: string, expires: string, deductible: int}> $policies */
    public function __construct(private array $policies)
    {
    }

    public function verify(string $policyNumber, string $lossDate, int $estimate): string
    {
        $policy = $this->policies[$policyNumber] ?? null;
        if ($policy === null || $lossDate < $policy['effective'] || $lossDate > $policy['expires']) {
            return 'not_in_force';
        }

        return $estimate <= $policy['deductible'] ? 'below_deductible' : 'covered';
    }
}
