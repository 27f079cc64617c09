<?php

declare(strict_types=1);

namespace App\Pharmacovigilance;

/** Guards of the safety case workflow (ICH E2A expedited reporting rules). */
final class TransitionGuards
{
    /** @return array<string, \Closure(AdverseEventReport): bool> */
    public function for(AdverseEventReport $report): array
    {
        $guards = [
            'request_follow_up' => static fn (AdverseEventReport $r): bool => $r->lacksMinimumCriteria(),
            'expedite' => static fn (AdverseEventReport $r): bool => $r->isSerious() && $r->isRelated() && !$r->isExpected(),
            'periodic' => static function (AdverseEventReport $r): bool {
                return !$r->isSerious() || !$r->isRelated() || $r->isExpected();
            },
        ];
        if ($report->productType === 'device') {
            $guards['notify_manufacturer'] = static fn (AdverseEventReport $r): bool => true;
        }
        return $guards;
    }
}
