<?php
// A log worker appends to its own buffer and hands itself to a shipper every 25 lines; the shipper (another file) drains the buffer.

require_once __DIR__ . '/Shipper.php';
require_once __DIR__ . '/LogWorker.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new LogWorker(new Shipper());
for ($i = 0; $i < $n; $i++) {
    $worker->handle(date('c', 1700000000 + $i) . " app.INFO order {$i} paid " . str_repeat('.', 400));
}
