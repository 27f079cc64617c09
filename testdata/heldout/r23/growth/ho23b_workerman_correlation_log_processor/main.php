<?php

declare(strict_types=1);

require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/vendor/illuminate/Support/Facades/Log.php';
require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/Logging/CorrelationContext.php';
require __DIR__ . '/src/Http/Middleware/AssignCorrelationId.php';
require __DIR__ . '/src/Http/Controllers/OrderController.php';

use App\Http\Controllers\OrderController;
use App\Http\Middleware\AssignCorrelationId;
use App\Logging\CorrelationContext;
use Illuminate\Support\Facades\Facade;
use Monolog\Logger;
use Monolog\StreamHandler;
use Workerman\Request;
use Workerman\TcpConnection;
use Workerman\Worker;

// Boot once per Workerman process.
$logger = (new Logger('api'))->pushHandler(new StreamHandler('/dev/null'));
Facade::setFacadeApplication(['log' => $logger]);

$middleware = new AssignCorrelationId(new CorrelationContext());
$controller = new OrderController();

$worker = new Worker('http://0.0.0.0:8080');
$worker->onMessage = static function (TcpConnection $connection, Request $request) use ($middleware, $controller): void {
    $connection->send($middleware($request, $controller->store(...)));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$agents = ['okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)', 'python-requests/2.31'];
$connection = new TcpConnection();
for ($i = 0; $i < $n; $i++) {
    $headers = ['user-agent' => $agents[$i % 3], 'content-type' => 'application/json'];
    if ($i % 2 === 0) {
        $headers['x-correlation-id'] = sprintf('gw-%08x-%04d', 0x5f3a0000 + $i, $i % 10000);
    }
    $body = $i % 5 === 0 ? '{"sku":null}' : json_encode(['sku' => 'SKU-' . (300 + $i % 40), 'quantity' => 1 + $i % 4]);
    $worker->dispatch($connection, new Request('POST', '/v1/orders', $headers, $body));
}
