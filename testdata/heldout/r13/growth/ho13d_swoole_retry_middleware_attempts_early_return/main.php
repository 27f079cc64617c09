<?php

declare(strict_types=1);

require __DIR__ . '/src/Swoole.php';
require __DIR__ . '/src/Http/ApiClient.php';
require __DIR__ . '/src/Http/RetryMiddleware.php';
require __DIR__ . '/src/Payments/PaymentGateway.php';

use App\Http\ApiClient;
use App\Http\RetryMiddleware;
use App\Http\SandboxTransport;
use App\Payments\PaymentGateway;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$retry = new RetryMiddleware(maxAttempts: 3);
$gateway = new PaymentGateway(new ApiClient(new SandboxTransport(), [$retry]));

$server = new Server('0.0.0.0', 9501);
$server->on('request', static function (Request $request, Response $response) use ($gateway): void {
    $input = json_decode($request->rawContent(), true);
    $capture = $gateway->capture($request->header['x-request-id'], $input['order'], $input['amount_cents'], $input['currency']);
    $response->status(201);
    $response->end(json_encode(['capture' => $capture->captureId, 'status' => $capture->status]));
});
$server->start();
