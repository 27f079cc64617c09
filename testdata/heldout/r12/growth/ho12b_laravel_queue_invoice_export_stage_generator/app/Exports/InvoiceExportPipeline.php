<?php
declare(strict_types=1);

namespace App\Exports;

/**
 * Runs an export as a sequence of stages; callers iterate it to drive the
 * export and get progress. Running exports are listed on the ops dashboard.
 */
final class InvoiceExportPipeline
{
    /** @var array<string,\Generator> */
    private array $running = [];

    public function __construct(
        private readonly BatchValidator $validator,
        private readonly PdfRenderer $renderer,
        private readonly ArchiveDisk $archive,
    ) {
    }

    public function start(InvoiceBatch $batch): \Generator
    {
        return $this->running[$batch->id] = $this->stages($batch); // leak
    }

    /** @return list<string> */
    public function inFlight(): array
    {
        return array_keys($this->running);
    }

    private function stages(InvoiceBatch $batch): \Generator
    {
        try {
            yield 'validated' => $this->validator->validate($batch);

            $pdf = $this->renderer->render($batch);
            yield 'rendered' => strlen($pdf);

            $path = sprintf('tenant-%d/%s.pdf', $batch->tenantId, $batch->id);
            yield 'stored' => $this->archive->put($path, $pdf);
        } finally {
            unset($this->running[$batch->id]);
        }
    }
}
