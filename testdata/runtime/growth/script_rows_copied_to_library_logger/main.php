<?php
// The script hands its rows to a library logger after each import, but
// an array is passed by value: the logger gets a copy, and the script's
// own array keeps every row.

require __DIR__ . '/vendor/acme/logger.php';

$logger = new Acme\Log\Logger('import');
$rows = [];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $rows[] = ['sku' => sprintf('SKU-%06d', $i), 'qty' => 1 + $i % 7, 'note' => str_repeat('restock ', 60)]; // leak
    $logger->info('imported', $rows);
}
