<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\SubmitAdverseEventReport;
use App\Pharmacovigilance\AdverseEventReport;
use App\Pharmacovigilance\ReferenceSafetyInformation;
use App\Pharmacovigilance\ReportWorkflow;
use App\Pharmacovigilance\TransitionGuards;

final class SubmitAdverseEventReportHandler
{
    private array $dueCounts = ['7' => 0, '15' => 0, 'none' => 0];

    public function __construct(
        private readonly TransitionGuards $guards,
        private readonly ReferenceSafetyInformation $rsi,
        private readonly ReportWorkflow $workflow,
    ) {
    }

    public function __invoke(SubmitAdverseEventReport $message): array
    {
        $report = new AdverseEventReport(
            $message->reportId,
            $message->studyCode,
            $message->subjectId,
            $message->meddraPreferredTerm,
            new \DateTimeImmutable($message->onsetDate),
            $message->seriousnessCriteria,
            $message->causality,
            $message->productType,
            $message->narrative,
        );
        $report->markExpectedness($this->rsi->isListed($report->study, $report->preferredTerm));
        $report->setTransitionGuards($this->guards->for($report)); // leak

        $transition = $this->workflow->advance($report);
        $due = $this->workflow->dueDays($report);
        $this->dueCounts[$due === null ? 'none' : (string) $due]++;

        return ['report' => $report->id, 'transition' => $transition, 'state' => $report->state(), 'due_days' => $due];
    }
}
