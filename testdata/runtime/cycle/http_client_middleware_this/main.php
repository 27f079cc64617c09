<?php
// A job builds an API client per run; the client's middleware stack holds closures and a first-class callable bound to the client.

require_once __DIR__ . '/HandlerStack.php';
require_once __DIR__ . '/ApiClient.php';
require_once __DIR__ . '/SyncInventoryJob.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new SyncInventoryJob('https://erp.example.org/api');
for ($i = 0; $i < $n; $i++) {
    $job->handle($i);
}
