<?php

// A queue worker importing catalogue rows: each job adds its row to the
// log context under a key with the row's id in it. The log manager (a
// framework service) keeps the merged context for every later entry, so
// it gains one key per job.

require __DIR__ . '/vendor/illuminate/log.php';
require __DIR__ . '/app/ImportJob.php';

use App\ImportJob;

$job = new ImportJob();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle(['id' => 5_000_000 + $i, 'sku' => sprintf('SKU-%08d', $i), 'source' => str_repeat('feed-', 100)]);
}
