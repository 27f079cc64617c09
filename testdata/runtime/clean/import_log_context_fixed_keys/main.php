<?php

// A queue worker importing catalogue rows: each job puts its row in the
// log context under fixed keys, which the next job overwrites: the
// context the log manager keeps stays the same size.

require __DIR__ . '/vendor/illuminate/log.php';
require __DIR__ . '/app/ImportJob.php';

use App\ImportJob;

$job = new ImportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle(['id' => 5_000_000 + $i, 'sku' => sprintf('SKU-%08d', $i), 'source' => str_repeat('feed-', 100)]);
}
