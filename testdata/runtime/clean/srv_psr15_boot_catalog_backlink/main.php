<?php
// RoadRunner worker running a PSR-15 (Laminas Stratigility) pipeline: the pipeline calls the
// middleware's process() and the handler's handle() once per request. The catalog and its products
// point at each other, but they are built once, before the loop; per request only one-way links.

require_once __DIR__ . '/vendor/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-server-handler/src/RequestHandlerInterface.php';
require_once __DIR__ . '/vendor/psr/http-server-middleware/src/MiddlewareInterface.php';
require_once __DIR__ . '/vendor/nyholm/psr7/src/psr7.php';
require_once __DIR__ . '/vendor/laminas/laminas-stratigility/src/MiddlewarePipe.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require_once __DIR__ . '/src/Catalog/Catalog.php';
require_once __DIR__ . '/src/Catalog/Product.php';
require_once __DIR__ . '/src/Domain/Order.php';
require_once __DIR__ . '/src/Domain/OrderLine.php';
require_once __DIR__ . '/src/Middleware/JsonBodyMiddleware.php';
require_once __DIR__ . '/src/Handler/CreateOrderHandler.php';

use App\Catalog\Catalog;
use App\Handler\CreateOrderHandler;
use App\Middleware\JsonBodyMiddleware;
use Laminas\Stratigility\Middleware\RequestHandlerMiddleware;
use Laminas\Stratigility\MiddlewarePipe;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$catalog = new Catalog('EUR');
$catalog->add('GIFT-WRAP', 300, 'Gift wrapping');
$catalog->add('SKU-1000', 1250, 'Espresso beans 1kg');
$catalog->add('SKU-1001', 1399, 'Filter coffee 1kg');

$app = new MiddlewarePipe();
$app->pipe(new JsonBodyMiddleware());
$app->pipe(new RequestHandlerMiddleware(new CreateOrderHandler($catalog)));

// The stand-in worker receives PHPLEAK_N requests (default 100), then stops.
$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
while ($request = $psr7->waitRequest()) {
    $psr7->respond($app->handle($request));
}
