<?php
// Laravel queue worker: `php artisan queue:work` boots one Application and runs queued jobs in a loop.
// RecordInvoicePayment (ShouldQueue) gets the singleton() PaymentStatistics injected into handle() and
// stores each job's payment under its invoice number.

require_once __DIR__ . '/vendor/autoload.php';

use App\Billing\InvoiceStatus;
use App\Jobs\RecordInvoicePayment;
use Illuminate\Contracts\Console\Kernel;

$app = require __DIR__ . '/bootstrap/app.php';
$artisan = $app->make(Kernel::class);
$artisan->bootstrap();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$statuses = InvoiceStatus::cases();
for ($i = 0; $i < $n; $i++) {
    // What the web tier dispatched: one job per incoming bank transfer.
    RecordInvoicePayment::dispatch(sprintf('INV-2024-%06d', $i), 12500 + $i, $statuses[$i % count($statuses)], str_repeat("SEPA CT ref {$i} / ACME GMBH / ", 24));
}

$artisan->call('queue:work', ['connection' => 'database', '--stop-when-empty' => true]);
