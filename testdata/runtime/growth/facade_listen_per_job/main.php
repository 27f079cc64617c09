<?php
// A Laravel-style queued job registers an event listener through a static facade every time it runs.

require_once __DIR__ . '/Event.php';
require_once __DIR__ . '/Invoice.php';
require_once __DIR__ . '/SendInvoiceJob.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new SendInvoiceJob(new Invoice($i, "customer{$i}@example.org", str_repeat('line item;', 80))))->handle();
}
