<?php

declare(strict_types=1);

// bin/console messenger:consume calibration --limit=N

use Symfony\Component\Messenger\Worker;

require __DIR__ . '/vendor/autoload.php';

$container = require __DIR__ . '/config/services.php';

$worker = new Worker(['calibration' => $container['transport.calibration']], $container['messenger.bus.default']);
$worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
