<?php
// A RoadRunner worker serving a search API through a Server-Timing middleware that records timings in $_SERVER.

require __DIR__ . '/src/Runtime/PSR7Worker.php';
require __DIR__ . '/src/Http/ServerTiming.php';
require __DIR__ . '/src/Http/SearchController.php';

use App\Http\SearchController;
use App\Http\ServerTiming;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker();
$timing = new ServerTiming();
$controller = new SearchController();

for ($i = 0; $i < $n && ($request = $worker->waitRequest()) !== null; $i++) {
    $worker->respond($timing->process($request, $controller));
}
