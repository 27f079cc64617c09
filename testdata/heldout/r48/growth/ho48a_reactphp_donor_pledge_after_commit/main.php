<?php

declare(strict_types=1);

require __DIR__ . '/src/React/Loop.php';
require __DIR__ . '/src/React/Http.php';
require __DIR__ . '/src/Pledge/Pledge.php';
require __DIR__ . '/src/Pledge/ReceiptMailer.php';
require __DIR__ . '/src/Pledge/DonorWall.php';
require __DIR__ . '/src/Pledge/PledgeNotifier.php';
require __DIR__ . '/src/Http/PledgeController.php';

use App\Http\PledgeController;
use App\Pledge\DonorWall;
use App\Pledge\PledgeNotifier;
use App\Pledge\ReceiptMailer;
use React\EventLoop\Loop;
use React\Http\HttpServer;
use React\Http\ServerRequest;

$controller = new PledgeController(new PledgeNotifier(new ReceiptMailer(), new DonorWall()));

$server = new HttpServer(
    static fn (ServerRequest $request) => $controller($request),
    (int) (getenv('PHPLEAK_N') ?: 100),
);
$server->listen();

Loop::run();
