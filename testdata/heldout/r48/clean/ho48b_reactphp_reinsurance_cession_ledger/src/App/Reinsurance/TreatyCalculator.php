<?php

declare(strict_types=1);

namespace App\Reinsurance;

final class TreatyCalculator
{
    public function __construct(private readonly array $treaties)
    {
    }

    /** @return list<CededLine> */
    public function cede(array $settlement): array
    {
        $lines = [];
        foreach ($this->treaties as $code => $treaty) {
            $ceded = match ($treaty['type']) {
                'quota_share' => (int) round($settlement['paid_cents'] * $treaty['cession']),
                'excess_of_loss' => max(0, min($settlement['paid_cents'] - $treaty['retention_cents'], $treaty['limit_cents'])),
            };
            if ($ceded === 0) {
                continue;
            }
            $lines[] = new CededLine($code, $settlement['claim'], $settlement['loss_date'], $settlement['paid_cents'], $ceded, $settlement['remarks']);
        }

        return $lines;
    }
}
