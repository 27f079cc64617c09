<?php

declare(strict_types=1);

namespace App\Message;

final class SubmitAdverseEventReport
{
    /** @param list<string> $seriousnessCriteria */
    public function __construct(
        public readonly string $reportId,
        public readonly string $studyCode,
        public readonly string $subjectId,
        public readonly string $meddraPreferredTerm,
        public readonly string $onsetDate,
        public readonly array $seriousnessCriteria,
        public readonly string $causality,
        public readonly string $productType,
        public readonly string $narrative,
    ) {
    }
}
