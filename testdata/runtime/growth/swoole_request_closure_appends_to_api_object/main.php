<?php
// A Swoole HTTP server whose 'request' callback is a closure written in a
// method of the API object: it appends every request's URI to a property
// of that object, which serves every request of the worker.

require __DIR__ . '/vendor/swoole/Server.php';
require __DIR__ . '/src/OrderApi.php';

$api = new App\OrderApi();
$api->run(new Swoole\Http\Server('0.0.0.0', 9501));
