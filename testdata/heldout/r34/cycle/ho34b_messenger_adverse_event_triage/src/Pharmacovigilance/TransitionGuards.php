<?php

declare(strict_types=1);

namespace App\Pharmacovigilance;

/** Guards of the safety case workflow (ICH E2A expedited reporting rules). */
final class TransitionGuards
{
    /** @return array<string, \Closure> */
    public function for(AdverseEventReport $report): array
    {
        $guards = [
            'request_follow_up' => \Closure::fromCallable([$report, 'lacksMinimumCriteria']), // leak
            'expedite' => fn (): bool => $report->isSerious() && $report->isRelated() && !$report->isExpected(), // leak
            'periodic' => function () use ($report): bool { // leak
                return !$report->isSerious() || !$report->isRelated() || $report->isExpected();
            },
        ];
        if ($report->productType === 'device') {
            $guards['notify_manufacturer'] = static fn (): bool => true;
        }
        return $guards;
    }
}
