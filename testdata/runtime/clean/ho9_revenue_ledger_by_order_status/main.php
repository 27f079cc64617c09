<?php
// A Laravel queue worker records order revenue into a ledger singleton that sums amounts per bucket.
require __DIR__ . '/src/Stub/Illuminate.php';
require __DIR__ . '/app/Enums/OrderStatus.php';
require __DIR__ . '/app/Support/LedgerKey.php';
require __DIR__ . '/app/Services/RevenueLedger.php';
require __DIR__ . '/app/Jobs/RecordOrderRevenue.php';

use App\Jobs\RecordOrderRevenue;
use App\Services\RevenueLedger;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Container();
$app->singleton(RevenueLedger::class, fn () => new RevenueLedger());

$jobs = (function () use ($n) {
    for ($i = 0; $i < $n; $i++) {
        yield new RecordOrderRevenue([
            'order_id' => 40000 + $i,
            'customer_ref' => sprintf('CUS-%06d', 1000 + $i),
            'status' => ['paid', 'paid', 'refunded', 'chargeback'][$i % 4],
            'cents' => 1999 + $i,
            'memo' => str_repeat('line item; ', 40),
        ]);
    }
})();

(new Worker($app))->daemon($jobs);
