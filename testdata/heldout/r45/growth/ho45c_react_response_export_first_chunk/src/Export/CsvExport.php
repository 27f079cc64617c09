<?php

declare(strict_types=1);

namespace App\Export;

use App\Survey\SurveyResponse;
use App\Survey\SurveySchema;

final class CsvExport
{
    /** @var \Generator<int, string> */
    private \Generator $lines;
    private int $rowsWritten = 0;

    /**
     * @param list<SurveyResponse> $responses
     */
    public function __construct(
        public readonly string $id,
        private SurveySchema $schema,
        private array $responses,
        private ExportTracker $tracker,
    ) {
        $this->lines = $this->lines();
    }

    /**
     * Returns up to $maxLines CSV lines, continuing where the last call stopped.
     */
    public function read(int $maxLines): string
    {
        $out = '';
        for ($n = 0; $n < $maxLines && $this->lines->valid(); $n++) {
            $out .= $this->lines->current();
            $this->lines->next();
        }

        return $out;
    }

    public function finished(): bool
    {
        return !$this->lines->valid();
    }

    /** @return array{id: string, survey: string, rows: int, total: int} */
    public function progress(): array
    {
        return ['id' => $this->id, 'survey' => $this->schema->id, 'rows' => $this->rowsWritten, 'total' => count($this->responses)];
    }

    /** @return \Generator<int, string> */
    private function lines(): \Generator
    {
        $this->tracker->started($this);
        try {
            yield $this->csv(array_merge(['response_id', 'submitted_at'], $this->schema->columnTitles()));
            foreach ($this->responses as $response) {
                $this->rowsWritten++;
                $row = [$response->id, $response->submittedAt->format(\DATE_ATOM)];
                foreach ($this->schema->questionKeys() as $key) {
                    $row[] = $response->answers[$key] ?? '';
                }
                yield $this->csv($row);
            }
        } finally {
            $this->tracker->finished($this);
        }
    }

    /** @param list<string> $fields */
    private function csv(array $fields): string
    {
        return implode(',', array_map(
            static fn (string $f): string => preg_match('/[",\n]/', $f) ? '"' . str_replace('"', '""', $f) . '"' : $f,
            $fields,
        )) . "\r\n";
    }
}
