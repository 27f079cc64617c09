<?php
// A PSR-15 payments API running in a RoadRunner-style worker keeps an idempotency middleware in front of the payment handler.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Http/MessageTrait.php';
require_once __DIR__ . '/src/Http/ServerRequest.php';
require_once __DIR__ . '/src/Http/Response.php';
require_once __DIR__ . '/src/Http/MiddlewarePipeline.php';
require_once __DIR__ . '/src/Middleware/RequestIdMiddleware.php';
require_once __DIR__ . '/src/Middleware/IdempotencyMiddleware.php';
require_once __DIR__ . '/src/Handler/CreatePaymentHandler.php';

use App\Handler\CreatePaymentHandler;
use App\Http\MiddlewarePipeline;
use App\Http\ServerRequest;
use App\Middleware\IdempotencyMiddleware;
use App\Middleware\RequestIdMiddleware;

$pipeline = (new MiddlewarePipeline(new CreatePaymentHandler()))
    ->pipe(new RequestIdMiddleware())
    ->pipe(new IdempotencyMiddleware());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $key = sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i % 65536, $i % 4096, ($i * 7) % 4096, $i * 31);
    $body = json_encode(['amount' => 1000 + $i, 'currency' => 'EUR', 'card_token' => 'tok_' . md5((string) $i), 'description' => 'Order #' . (70000 + $i)]);
    $request = new ServerRequest('POST', '/v1/payments', ['Content-Type' => 'application/json', 'Idempotency-Key' => $key], $body);
    $pipeline->handle($request);
    if ($i % 10 === 0) {
        $pipeline->handle($request);
    }
}
