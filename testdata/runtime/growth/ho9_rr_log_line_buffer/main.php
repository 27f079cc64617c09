<?php
// RoadRunner HTTP worker whose Monolog handler buffers formatted lines and writes them every N lines, N read from config/logging.php.

use App\Http\CheckoutController;
use App\Logging\BufferedLineHandler;
use Monolog\Logger;
use Spiral\RoadRunner\Http\HttpWorker;

require __DIR__ . '/stubs/monolog.php';
require __DIR__ . '/stubs/roadrunner.php';
require __DIR__ . '/src/Logging/BufferedLineHandler.php';
require __DIR__ . '/src/Http/CheckoutController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$config = require __DIR__ . '/config/logging.php';
$channel = $config['channels'][$config['default']];

$handler = new BufferedLineHandler($channel['flush_every']);
$logger = new Logger('app', [$handler]);
register_shutdown_function([$logger, 'close']);

$controller = new CheckoutController($logger);
$worker = new HttpWorker($n);
while ($request = $worker->waitRequest()) {
    $worker->respond(200, $controller($request));
}
