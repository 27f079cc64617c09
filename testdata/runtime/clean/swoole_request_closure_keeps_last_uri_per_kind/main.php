<?php
// A Swoole HTTP server whose 'request' callback is a closure written in a
// method of the API object: it keeps the last URI of reads and of writes
// in a property of that object, two entries that each request overwrites.

require __DIR__ . '/vendor/swoole/Server.php';
require __DIR__ . '/src/OrderApi.php';

$api = new App\OrderApi();
$api->run(new Swoole\Http\Server('0.0.0.0', 9501));
