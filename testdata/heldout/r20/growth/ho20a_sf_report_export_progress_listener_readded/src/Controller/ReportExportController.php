<?php

declare(strict_types=1);

namespace App\Controller;

use App\Dto\ExportProgress;
use App\Event\RowExported;
use App\Service\CsvExporter;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class ReportExportController
{
    /** @var array<string, int> bytes exported per report type, for the admin gauge */
    private array $totals = [];

    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly CsvExporter $exporter,
    ) {
    }

    public function export(array $query): array
    {
        $progress = new ExportProgress(
            $query['report'],
            $query['request_id'],
            $query['user'],
            sprintf('export:%s:%s:%s', $query['report'], $query['from'], $query['request_id']),
        );

        $this->dispatcher->addListener(RowExported::class, $this->trackProgress($progress)); // leak
        try {
            $csv = $this->exporter->export($query['report'], $query['from']);
        } finally {
            $this->dispatcher->removeListener(RowExported::class, $this->trackProgress($progress));
        }
        $this->totals[$progress->report] = ($this->totals[$progress->report] ?? 0) + $progress->bytes;

        return [
            'status' => 200,
            'headers' => [
                'Content-Type' => 'text/csv',
                'Content-Disposition' => sprintf('attachment; filename="%s-%s.csv"', $query['report'], $query['from']),
                'X-Export-Rows' => (string) $progress->rows,
            ],
            'body' => $csv,
        ];
    }

    private function trackProgress(ExportProgress $progress): \Closure
    {
        return static function (RowExported $event) use ($progress): void {
            if ($event->report !== $progress->report) {
                return;
            }
            $progress->rows++;
            $progress->bytes += $event->bytes;
        };
    }
}
