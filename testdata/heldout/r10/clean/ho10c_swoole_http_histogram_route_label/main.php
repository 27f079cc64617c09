<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/server.php';
require __DIR__ . '/vendor/promphp/registry.php';
require __DIR__ . '/src/Http/App.php';

use Newsroom\Http\App;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 8080);
$app = new App();

$server->on('request', $app);
$server->start();
