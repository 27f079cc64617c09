<?php
// RoadRunner worker script: the PSR7Worker loop serves one request per iteration; the kernel
// registers the tenant's routes on the process-wide router for every request.

require_once __DIR__ . '/vendor/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/vendor/nyholm/psr7/src/psr7.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require_once __DIR__ . '/src/Routing/Route.php';
require_once __DIR__ . '/src/Routing/Router.php';
require_once __DIR__ . '/src/Routing/RouteLoader.php';
require_once __DIR__ . '/src/Controller/OrderController.php';
require_once __DIR__ . '/src/Http/Kernel.php';

use App\Controller\OrderController;
use App\Http\Kernel;
use App\Routing\RouteLoader;
use App\Routing\Router;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

// The stand-in worker receives PHPLEAK_N requests (default 100) from the "server", then stops.
$worker = Worker::create();
$factory = new Psr17Factory();
$psr7 = new PSR7Worker($worker, $factory, $factory, $factory);

$router = new Router();
$loader = new RouteLoader();
$loader->load($router);
$kernel = new Kernel($router, $loader, new OrderController());

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $psr7->getWorker()->error((string) $e);
    }
}
