<?php
// ReactPHP HTTP server: the middleware and the request-handler closure given to HttpServer run once
// per request; the middleware puts every loaded order in an identity map created before the loop.

require_once __DIR__ . '/vendor/psr/http-message/src/interfaces.php';
require_once __DIR__ . '/vendor/psr/http-factory/src/interfaces.php';
require_once __DIR__ . '/vendor/nyholm/psr7/src/psr7.php';
require_once __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require_once __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require_once __DIR__ . '/vendor/react/socket/src/Socket.php';
require_once __DIR__ . '/vendor/react/http/src/Http.php';
require_once __DIR__ . '/src/Order/Order.php';
require_once __DIR__ . '/src/Order/OrderRepository.php';
require_once __DIR__ . '/src/Order/OrderIdentityMap.php';
require_once __DIR__ . '/src/Http/LoadOrderMiddleware.php';
require_once __DIR__ . '/src/Http/OrderApi.php';

use App\Http\LoadOrderMiddleware;
use App\Http\OrderApi;
use App\Order\OrderIdentityMap;
use App\Order\OrderRepository;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Socket\SocketServer;

$identityMap = new OrderIdentityMap();
$api = new OrderApi($identityMap);

$http = new HttpServer(
    new LoadOrderMiddleware(new OrderRepository(), $identityMap),
    function (ServerRequestInterface $request) use ($api): ResponseInterface {
        return $api->show($request);
    },
);

// The stand-in loop accepts PHPLEAK_N connections (default 100), one request each.
$socket = new SocketServer('127.0.0.1:8080');
$http->listen($socket);

Loop::run();
