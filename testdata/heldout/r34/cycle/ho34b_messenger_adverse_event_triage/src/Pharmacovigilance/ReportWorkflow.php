<?php

declare(strict_types=1);

namespace App\Pharmacovigilance;

final class ReportWorkflow
{
    private const ORDER = ['request_follow_up' => 'awaiting_follow_up', 'expedite' => 'expedited', 'periodic' => 'periodic_line_listing'];

    public function advance(AdverseEventReport $report): string
    {
        foreach (self::ORDER as $transition => $target) {
            if ($report->can($transition)) {
                $report->moveTo($target);
                return $transition;
            }
        }
        $report->moveTo('medical_review');
        return 'medical_review';
    }

    public function dueDays(AdverseEventReport $report): ?int
    {
        if ($report->state() !== 'expedited') {
            return null;
        }
        return in_array('death', $report->seriousness, true) || in_array('life-threatening', $report->seriousness, true) ? 7 : 15;
    }
}
