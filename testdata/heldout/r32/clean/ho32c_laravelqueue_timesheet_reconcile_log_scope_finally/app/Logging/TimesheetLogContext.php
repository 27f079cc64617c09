<?php

namespace App\Logging;

use App\Timesheets\Timesheet;
use Illuminate\Support\Facades\Log;

/** Tags every log line written while a timesheet is processed. */
final class TimesheetLogContext
{
    public static function enter(Timesheet $sheet, string $jobId): void
    {
        $context = [
            'job_id' => $jobId,
            'timesheet_id' => $sheet->id,
            'employee_id' => $sheet->employeeId,
            'employment_type' => $sheet->employmentType,
            'week_of' => $sheet->weekOf,
            'approver' => $sheet->approver ?? 'unassigned',
            'hours' => $sheet->days,
            'trace' => sprintf('reconcile/%s/%d/%s', $sheet->weekOf, $sheet->id, $jobId),
        ];

        Log::pushProcessor(static function (array $record) use ($context): array {
            $record['extra'] += $context;
            return $record;
        });
    }

    public static function leave(): void
    {
        Log::popProcessor();
    }
}
