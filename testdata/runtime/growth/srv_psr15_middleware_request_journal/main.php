<?php
// RoadRunner worker running a PSR-15 (Laminas Stratigility) pipeline: the pipeline calls each
// middleware's process() and the handler's handle() once per request; the journal middleware
// appends every request to a journal created before the loop.

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
require_once __DIR__ . '/src/Middleware/RequestJournalMiddleware.php';
require_once __DIR__ . '/src/Handler/CreateOrderHandler.php';

use App\Handler\CreateOrderHandler;
use App\Journal\RequestJournal;
use App\Middleware\RequestJournalMiddleware;
use Laminas\Stratigility\Middleware\RequestHandlerMiddleware;
use Laminas\Stratigility\MiddlewarePipe;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$app = new MiddlewarePipe();
$app->pipe(new RequestJournalMiddleware(new RequestJournal()));
$app->pipe(new RequestHandlerMiddleware(new CreateOrderHandler()));

// The stand-in worker receives PHPLEAK_N requests (default 100), then stops.
$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
while ($request = $psr7->waitRequest()) {
    $psr7->respond($app->handle($request));
}
