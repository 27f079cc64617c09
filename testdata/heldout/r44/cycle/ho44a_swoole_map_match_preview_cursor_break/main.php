<?php

declare(strict_types=1);

use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;
use Transit\Http\Kernel;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Matching/GpsSample.php';
require __DIR__ . '/src/Matching/RoadSegment.php';
require __DIR__ . '/src/Matching/RoadNetwork.php';
require __DIR__ . '/src/Matching/SnappedPoint.php';
require __DIR__ . '/src/Matching/MatchSession.php';
require __DIR__ . '/src/Matching/MapMatcher.php';
require __DIR__ . '/src/Http/PreviewHandler.php';
require __DIR__ . '/src/Http/Kernel.php';

$server = new Server('0.0.0.0', 9502);
$server->set(['worker_num' => 8, 'max_request' => 0, 'http_parse_post' => false]);

/** @var Kernel|null $kernel */
$kernel = null;
$server->on('workerStart', function (Server $server, int $workerId) use (&$kernel): void {
    $kernel = (require __DIR__ . '/config/app.php')();
});
$server->on('request', function (Request $request, Response $response) use (&$kernel): void {
    $kernel->handle($request, $response);
});
$server->start();
