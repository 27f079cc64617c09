<?php

namespace Civic\Inspection;

/** Turns the inspector's tablet submission into a report with findings. */
final class ReportAssembler
{
    public function assemble(array $submission): InspectionReport
    {
        $report = new InspectionReport(
            $submission['inspection_id'],
            $submission['permit_number'],
            $submission['inspector'],
            $submission['address'],
        );
        foreach ($submission['findings'] as $row) {
            $report->addFinding(new Finding($row['section'], $row['severity'], trim($row['note'])));
        }
        return $report;
    }
}
