<?php
// A catalogue import consumer runs each row under a tracing context that
// a library's process-wide tracer keeps on a stack (Tracer::getInstance()
// ->pushContext()). The matching popContext() runs in a finally block,
// so rows that return early take their context off the stack too.

require __DIR__ . '/vendor/acme/trace/Tracer.php';
require __DIR__ . '/src/ImportHandler.php';

$handler = new App\ImportHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $row = json_decode(json_encode(['sku' => sprintf('SKU-%06d', $i), 'qty' => $i % 4 === 0 ? 5 : 0]), true);
    $handler->handle($row);
}
