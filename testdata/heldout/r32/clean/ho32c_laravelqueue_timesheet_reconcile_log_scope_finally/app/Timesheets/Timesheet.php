<?php

namespace App\Timesheets;

final class Timesheet
{
    public function __construct(
        public readonly int $id,
        public readonly int $employeeId,
        public readonly string $employmentType,
        public readonly string $weekOf,
        public readonly array $days,
        public readonly ?string $approver,
    ) {
    }

    public function total(): float
    {
        return array_sum($this->days);
    }
}

final class TimesheetRepository
{
    public function find(int $id): Timesheet
    {
        $types = ['employee', 'contractor', 'employee', 'contractor', 'intern'];
        return new Timesheet(
            $id,
            4000 + $id % 300,
            $types[$id % 5],
            date('Y-m-d', strtotime('monday this week', 1738368000 + 604800 * ($id % 10))),
            ['mon' => 8.0, 'tue' => 8.0, 'wed' => 7.5 + $id % 2, 'thu' => 8.0, 'fri' => 6.0],
            $id % 7 === 0 ? null : 'manager-' . ($id % 40),
        );
    }
}

final class PayrollLedger
{
    private int $posted = 0;

    public function postHours(Timesheet $sheet): void
    {
        $this->posted++;
    }
}
