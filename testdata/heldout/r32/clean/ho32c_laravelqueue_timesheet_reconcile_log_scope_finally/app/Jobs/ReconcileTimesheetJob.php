<?php

namespace App\Jobs;

use App\Logging\TimesheetLogContext;
use App\Timesheets\PayrollLedger;
use App\Timesheets\TimesheetRepository;
use Illuminate\Queue\ShouldQueue;
use Illuminate\Support\Facades\Log;

final class ReconcileTimesheetJob implements ShouldQueue
{
    public function __construct(public int $timesheetId, public string $uuid)
    {
    }

    public function handle(TimesheetRepository $timesheets, PayrollLedger $ledger): void
    {
        $sheet = $timesheets->find($this->timesheetId);
        TimesheetLogContext::enter($sheet, $this->uuid);

        try {
            if ($sheet->employmentType === 'contractor') {
                // Contractor hours are invoiced through the vendor portal, not payroll.
                Log::info('Skipping contractor timesheet');
                return;
            }

            if ($sheet->approver === null) {
                Log::warning('Timesheet has no approver; left for HR review');
            } else {
                $ledger->postHours($sheet);
                Log::info('Posted hours to payroll ledger', ['hours' => $sheet->total()]);
            }
        } finally {
            TimesheetLogContext::leave();
        }
    }
}
