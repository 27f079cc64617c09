<?php

namespace Civic\Inspection;

final class Finding
{
    private ?InspectionReport $report = null;

    public function __construct(
        public readonly string $codeSection,
        public readonly string $severity,
        public readonly string $note,
    ) {
    }

    public function attachTo(InspectionReport $report): void
    {
        $this->report = $report; // leak
    }

    /** Correction notice line, e.g. "BP-24-00012 / IRC R314.3: ..." */
    public function noticeLine(): string
    {
        $report = $this->report;
        return sprintf('%s / %s: %s', $report?->permitNumber ?? '?', $this->codeSection, $this->note);
    }
}
