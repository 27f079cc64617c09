<?php

declare(strict_types=1);

require __DIR__ . '/vendor/nyholm/psr7/psr7.php';
require __DIR__ . '/vendor/spiral/roadrunner/worker.php';
require __DIR__ . '/src/Gate/SlotHold.php';
require __DIR__ . '/src/Gate/HoldBook.php';
require __DIR__ . '/src/Gate/HoldService.php';
require __DIR__ . '/src/Http/HoldController.php';

use Nyholm\Psr7\Response;
use Port\Gate\HoldBook;
use Port\Gate\HoldService;
use Port\Http\HoldController;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$config = require __DIR__ . '/config/gate.php';

$worker = Worker::create();
$psr7 = new PSR7Worker($worker);

$controller = new HoldController(new HoldService(new HoldBook(), $config['hold_ttl_seconds']));

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($controller($request));
    } catch (\Throwable $e) {
        $psr7->respond(new Response(500, [], 'gate hold failed'));
        $worker->error((string) $e);
    }
}
