<?php
// A Swoole HTTP server whose search controller keeps a per-request context object in a store keyed by a request sequence number.

require __DIR__ . '/stubs/swoole.php';
require __DIR__ . '/src/RequestContextStore.php';
require __DIR__ . '/src/SearchController.php';

use App\Context\RequestContextStore;
use App\Http\SearchController;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$server->on('request', new SearchController(new RequestContextStore()));
$server->start();
