<?php
// RoadRunner worker running a PSR-15 (Laminas Stratigility) pipeline: the journal gets one entry per
// middleware while the pipeline is built, once, before the loop; the pipeline's process()/handle()
// calls, run once per request, do not touch it.

require_once __DIR__ . '/vendor/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-server-handler/src/RequestHandlerInterface.php';
require_once __DIR__ . '/vendor/psr/http-server-middleware/src/MiddlewareInterface.php';
require_once __DIR__ . '/vendor/nyholm/psr7/src/psr7.php';
require_once __DIR__ . '/vendor/laminas/laminas-stratigility/src/MiddlewarePipe.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require_once __DIR__ . '/src/Journal/JournalEntry.php';
require_once __DIR__ . '/src/Journal/RequestJournal.php';
require_once __DIR__ . '/src/Middleware/ResponseTimeMiddleware.php';
require_once __DIR__ . '/src/Handler/CreateOrderHandler.php';
require_once __DIR__ . '/src/PipelineFactory.php';

use App\Handler\CreateOrderHandler;
use App\Journal\RequestJournal;
use App\Middleware\ResponseTimeMiddleware;
use App\PipelineFactory;
use Laminas\Stratigility\Middleware\RequestHandlerMiddleware;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$app = (new PipelineFactory(new RequestJournal()))->create(
    new ResponseTimeMiddleware(),
    new RequestHandlerMiddleware(new CreateOrderHandler()),
);

// The stand-in worker receives PHPLEAK_N requests (default 100), then stops.
$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
while ($request = $psr7->waitRequest()) {
    $psr7->respond($app->handle($request));
}
