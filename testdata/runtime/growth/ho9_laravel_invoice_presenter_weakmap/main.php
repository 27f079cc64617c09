<?php
// A Laravel queue worker renders invoice emails through a presenter cached per model in a WeakMap and batches model touches saved after each job.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Models/Invoice.php';
require __DIR__ . '/app/Presenters/InvoicePresenter.php';
require __DIR__ . '/app/Support/PendingTouches.php';
require __DIR__ . '/app/Jobs/SendInvoiceEmail.php';

use App\Jobs\SendInvoiceEmail;
use App\Support\PendingTouches;
use Illuminate\Queue\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$touches = new PendingTouches();
$worker = new Worker();
$worker->after(fn () => $touches->save());

for ($i = 0; $i < $n; $i++) {
    $worker->process(new SendInvoiceEmail(5000 + $i, $touches));
}
