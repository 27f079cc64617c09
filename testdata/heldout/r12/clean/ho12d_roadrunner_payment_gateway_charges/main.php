<?php

declare(strict_types=1);

require __DIR__ . '/src/Http/Client.php';
require __DIR__ . '/src/Debug/HttpClientDataCollector.php';
require __DIR__ . '/src/Payments/PaymentGatewayClient.php';
require __DIR__ . '/src/Worker/PaymentWorker.php';

use App\Debug\HttpClientDataCollector;
use App\Http\Client;
use App\Http\HandlerStack;
use App\Http\Middleware;
use App\Http\Request;
use App\Http\SandboxTransport;
use App\Payments\PaymentGatewayClient;
use App\Worker\CheckoutKernel;
use App\Worker\PSR7Worker;

function buildPaymentHttpClient(HttpClientDataCollector $collector): Client
{
    $stack = new HandlerStack(new SandboxTransport());
    $stack->push(Middleware::mapRequest(static fn (Request $r): Request => new Request(
        $r->method,
        $r->uri,
        $r->headers + ['Authorization' => 'Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc'],
        $r->body,
    )));
    $stack->push($collector->historyMiddleware());

    return new Client($stack, 'https://api.pay.example.test');
}

// worker.php started by RoadRunner (.rr.yaml: server.command = "php worker.php")
$httpCollector = new HttpClientDataCollector();
$kernel = new CheckoutKernel(new PaymentGatewayClient(buildPaymentHttpClient($httpCollector)), $httpCollector);
$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while (($request = $worker->waitRequest()) !== null) {
    [$status, $payload] = $kernel->handle($request);
    $worker->respond($status, $payload);
    $kernel->terminate();
}
