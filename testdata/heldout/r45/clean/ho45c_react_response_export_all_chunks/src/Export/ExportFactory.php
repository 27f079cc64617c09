<?php

declare(strict_types=1);

namespace App\Export;

use App\Survey\ResponseRepository;
use App\Survey\SurveySchema;

final class ExportFactory
{
    private int $sequence = 0;

    public function __construct(
        private ResponseRepository $responses,
        private ExportTracker $tracker,
        private int $batchSize,
    ) {
    }

    public function create(SurveySchema $schema): CsvExport
    {
        $id = sprintf('exp_%s_%06d', substr($schema->id, 0, 8), ++$this->sequence);

        return new CsvExport($id, $schema, $this->responses->latest($schema, $this->batchSize), $this->tracker);
    }
}
