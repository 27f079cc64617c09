<?php

declare(strict_types=1);

namespace App\Recruitment;

final class ScreenerRules
{
    private const EXCLUDED_INDUSTRIES = ['market-research', 'advertising', 'journalism'];

    /** @param array<string, string> $answers */
    public function cellFor(array $answers): ?QuotaCell
    {
        if (in_array($answers['industry'] ?? '', self::EXCLUDED_INDUSTRIES, true)) {
            return null;
        }
        if (($answers['commutes'] ?? 'no') !== 'yes' || ($answers['consent'] ?? '') !== 'yes') {
            return null;
        }

        return QuotaCell::for($answers['gender'] ?? '', (int) ($answers['age'] ?? 0));
    }
}
