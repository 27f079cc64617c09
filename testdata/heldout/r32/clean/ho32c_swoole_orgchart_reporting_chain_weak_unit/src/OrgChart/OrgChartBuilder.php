<?php

namespace Acme\Hr\OrgChart;

/**
 * Builds the slice of the org chart around one employee from the HRIS
 * directory rows (here: a fixed set of departments loaded at boot).
 */
final class OrgChartBuilder
{
    /** @param array<string, array{name: string, manager: string}> $departments */
    public function __construct(private array $departments)
    {
    }

    public function chainFor(int $employeeId): OrgUnit
    {
        $keys = array_keys($this->departments);
        $costCenter = $keys[$employeeId % count($keys)];
        $row = $this->departments[$costCenter];

        $unit = new OrgUnit($costCenter, $row['name']);
        $unit->addPosition(
            new Position($costCenter . '-M', 'Head of ' . $row['name'], 1000 + $employeeId % 7, $row['manager'], 'M3'),
            true,
        );
        $unit->addPosition(new Position(
            sprintf('%s-%06d', $costCenter, $employeeId),
            $this->titleFor($employeeId),
            $employeeId,
            sprintf('Employee %d (%s)', $employeeId, $row['name']),
            'P' . (1 + $employeeId % 4),
        ));

        return $unit;
    }

    private function titleFor(int $employeeId): string
    {
        return ['Payroll Specialist', 'HR Business Partner', 'Talent Sourcer', 'Compensation Analyst'][$employeeId % 4];
    }
}
