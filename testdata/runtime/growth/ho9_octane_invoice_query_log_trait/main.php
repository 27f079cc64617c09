<?php
// A Laravel Octane app whose invoice repository records its queries in a static log declared by a trait, read after each request by a terminate listener.

require __DIR__ . '/vendor/octane.php';
require __DIR__ . '/app/Concerns/RecordsQueries.php';
require __DIR__ . '/app/Repositories/InvoiceRepository.php';
require __DIR__ . '/app/Listeners/ReportSlowQueries.php';

use App\Repositories\InvoiceRepository;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Container();
$app->instance(InvoiceRepository::class, new InvoiceRepository());
$worker = new Worker($app, require __DIR__ . '/config/octane.php');

for ($i = 0; $i < $n; $i++) {
    $request = new Request('/invoices', ['customer' => (string) (7000 + $i)]);
    $worker->handle($request, fn (Request $r): string => json_encode(['data' => $app->make(InvoiceRepository::class)->openForCustomer((int) $r->query['customer'])]));
}
