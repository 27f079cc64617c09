<?php

require __DIR__ . '/vendor/react/http.php';
require __DIR__ . '/src/Support/DefersCallbacks.php';
require __DIR__ . '/src/Audit/AuditTrail.php';
require __DIR__ . '/src/Http/AuditMiddleware.php';
require __DIR__ . '/src/Http/OrderController.php';

use App\Audit\AuditTrail;
use App\Http\AuditMiddleware;
use App\Http\OrderController;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\SocketServer;

$audit = new AuditTrail();

$http = new HttpServer(
    new AuditMiddleware($audit),
    new OrderController(),
);
$http->listen(new SocketServer('0.0.0.0:8080'));

Loop::run();
