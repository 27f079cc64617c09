<?php

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/roadrunner-http/PSR7Worker.php';
require __DIR__ . '/src/Pos/Menu.php';
require __DIR__ . '/src/Pos/OrderLine.php';
require __DIR__ . '/src/Pos/LineFactory.php';
require __DIR__ . '/src/Pos/Order.php';
require __DIR__ . '/src/Http/CheckController.php';

use App\Http\CheckController;
use App\Pos\LineFactory;
use App\Pos\Menu;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Response;

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new CheckController(new LineFactory(new Menu()));

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller->open($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, $e->getMessage()));
    }
}
