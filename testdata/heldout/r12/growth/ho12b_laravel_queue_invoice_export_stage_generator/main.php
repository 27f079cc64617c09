<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Exports/InvoiceBatch.php';
require __DIR__ . '/app/Exports/Services.php';
require __DIR__ . '/app/Exports/InvoiceExportPipeline.php';
require __DIR__ . '/app/Jobs/ExportInvoiceBatch.php';

use App\Exports\InvoiceBatch;
use App\Exports\InvoiceExportPipeline;
use App\Jobs\ExportInvoiceBatch;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$app = new Container();
$app->singleton(InvoiceExportPipeline::class);
$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$popped = 0;
$worker->daemon(static function () use (&$popped, $n): ?ExportInvoiceBatch {
    if ($popped >= $n) {
        return null;
    }
    $popped++;
    $invoices = [];
    for ($k = 1; $k <= 4; $k++) {
        $invoices[] = ['number' => sprintf('INV-2024-%06d-%d', $popped, $k), 'customer' => 'Customer GmbH & Co. KG #' . ($popped * $k), 'total' => 10_000 + $popped * $k];
    }

    return new ExportInvoiceBatch(new InvoiceBatch(sprintf('batch-%06d', $popped), $popped % 12, $invoices));
});
