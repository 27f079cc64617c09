<?php

// bin/console messenger:consume scans --limit=$PHPLEAK_N

use App\Kernel;

require __DIR__ . '/vendor/autoload.php';

$kernel = new Kernel(__DIR__);
$worker = $kernel->createWorker((int) (getenv('PHPLEAK_N') ?: 100));
$worker->run(['sleep' => 0]);
