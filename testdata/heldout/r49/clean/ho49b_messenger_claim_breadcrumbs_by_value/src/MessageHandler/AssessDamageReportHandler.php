<?php
namespace App\MessageHandler;

use App\Message\AssessDamageReport;
use App\Repair\RepairEstimator;

// #[AsMessageHandler]
final class AssessDamageReportHandler
{
    public function __construct(private RepairEstimator $estimator)
    {
    }

    public function __invoke(AssessDamageReport $report): int
    {
        $estimate = $this->estimator->estimate($report->marks);
        // UPDATE damage_reports SET estimate_pence = ?, status = 'assessed' WHERE id = ?

        return $estimate;
    }
}
