<?php

namespace Civic\Inspection;

final class InspectionReport
{
    /** @var list<Finding> */
    private array $findings = [];

    public function __construct(
        public readonly string $inspectionId,
        public readonly string $permitNumber,
        public readonly string $inspectorBadge,
        public readonly string $siteAddress,
    ) {
    }

    public function addFinding(Finding $finding): void
    {
        $this->findings[] = $finding; // leak
        $finding->attachTo($this);
    }

    /** @return list<Finding> */
    public function findings(): array
    {
        return $this->findings;
    }

    public function outcome(): string
    {
        foreach ($this->findings as $finding) {
            if ($finding->severity === 'fail') {
                return 'failed';
            }
        }
        return 'passed';
    }
}
