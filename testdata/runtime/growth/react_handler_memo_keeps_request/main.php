<?php

declare(strict_types=1);

require __DIR__ . '/vendor/react.php';
require __DIR__ . '/src/App.php';

use React\Http\HttpServer;
use React\Http\Loop;

$accounts = new AccountResolver();
$server = new HttpServer(new ApiHandler($accounts));

Loop::run($server, (int) (getenv('PHPLEAK_N') ?: 100));
