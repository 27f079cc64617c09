<?php
// A tracer clears its spans in terminate(), from a trait; the worker loop never calls terminate().

require_once __DIR__ . '/ClearsSpansOnTerminate.php';
require_once __DIR__ . '/Tracer.php';
require_once __DIR__ . '/Worker.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracer = new Tracer('billing-worker');
$worker = new Worker($tracer);
for ($i = 0; $i < $n; $i++) {
    $worker->process(['id' => $i, 'type' => 'charge', 'amount' => 1000 + $i]);
}
