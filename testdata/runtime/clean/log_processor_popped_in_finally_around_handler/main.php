<?php
// An API worker tags every log record of a request with its request id:
// a middleware pushes a Monolog processor onto the long-lived logger,
// hands the request to the handler and pops the processor in a finally
// block. Requests to void a paid invoice throw, and the worker answers
// 409: popProcessor() runs on that way out too.

require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/src/Api.php';

use App\Api\InvoiceHandler;
use App\Api\RequestIdMiddleware;
use Monolog\Logger;

$logger = new Logger('api');
$middleware = new RequestIdMiddleware($logger);
$handler = new InvoiceHandler($logger);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'path' => '/invoices/' . (90000 + $i) . ($i % 2 ? '/void' : ''),
        'headers' => ['x-request-id' => bin2hex(random_bytes(16)), 'user-agent' => str_repeat('Mozilla/5.0 ', 20)],
    ];
    try {
        $response = $middleware->process($request, $handler);
    } catch (\DomainException $e) {
        $response = ['status' => 409];
    }
}
