<?php
// RoadRunner worker with a PSR-15 handler that dispatches a PSR-14 event per request; the
// application's ListenerProvider returns the listeners registered for OrderPlaced, and the
// dispatcher calls each once per event. Listeners are appended to the provider once, before the
// loop; per event, one listener writes on the event object, the other overwrites counters.

require_once __DIR__ . '/vendor/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-server-handler/src/RequestHandlerInterface.php';
require_once __DIR__ . '/vendor/psr/http-server-middleware/src/MiddlewareInterface.php';
require_once __DIR__ . '/vendor/psr/event-dispatcher/src/interfaces.php';
require_once __DIR__ . '/vendor/nyholm/psr7/src/psr7.php';
require_once __DIR__ . '/vendor/laminas/laminas-stratigility/src/MiddlewarePipe.php';
require_once __DIR__ . '/vendor/phly/phly-event-dispatcher/src/EventDispatcher.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-worker/src/Worker.php';
require_once __DIR__ . '/vendor/spiral/roadrunner-http/src/PSR7Worker.php';
require_once __DIR__ . '/src/Event/OrderPlaced.php';
require_once __DIR__ . '/src/Event/ListenerProvider.php';
require_once __DIR__ . '/src/Listener/ConfirmationNumberListener.php';
require_once __DIR__ . '/src/Listener/OrderStatsListener.php';
require_once __DIR__ . '/src/Handler/PlaceOrderHandler.php';

use App\Event\ListenerProvider;
use App\Event\OrderPlaced;
use App\Handler\PlaceOrderHandler;
use App\Listener\ConfirmationNumberListener;
use App\Listener\OrderStatsListener;
use Laminas\Stratigility\Middleware\RequestHandlerMiddleware;
use Laminas\Stratigility\MiddlewarePipe;
use Nyholm\Psr7\Factory\Psr17Factory;
use Phly\EventDispatcher\EventDispatcher;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$listeners = new ListenerProvider();
$listeners->listen(OrderPlaced::class, new ConfirmationNumberListener('ORD'));
$listeners->listen(OrderPlaced::class, new OrderStatsListener());

$app = new MiddlewarePipe();
$app->pipe(new RequestHandlerMiddleware(new PlaceOrderHandler(new EventDispatcher($listeners))));

// The stand-in worker receives PHPLEAK_N requests (default 100), then stops.
$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
while ($request = $psr7->waitRequest()) {
    $psr7->respond($app->handle($request));
}
