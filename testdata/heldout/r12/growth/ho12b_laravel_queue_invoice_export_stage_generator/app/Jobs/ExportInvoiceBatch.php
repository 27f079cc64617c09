<?php
declare(strict_types=1);

namespace App\Jobs;

use App\Exports\InvoiceBatch;
use App\Exports\InvoiceExportPipeline;
use Illuminate\Contracts\Queue\ShouldQueue;

final class ExportInvoiceBatch implements ShouldQueue
{
    /** @var array<string,mixed> */
    public array $progress = [];

    public function __construct(public readonly InvoiceBatch $batch)
    {
    }

    public function handle(InvoiceExportPipeline $pipeline): void
    {
        foreach ($pipeline->start($this->batch) as $stage => $result) {
            $this->progress[$stage] = $result;
            if ($stage === 'stored') {
                break;
            }
        }
    }
}
