<?php

require __DIR__ . '/vendor/workerman/workerman.php';
require __DIR__ . '/src/Review/SegmentStatusChanged.php';
require __DIR__ . '/src/Review/ReviewEventHub.php';
require __DIR__ . '/src/Review/ReviewWorkflow.php';
require __DIR__ . '/src/Review/ReviewSession.php';
require __DIR__ . '/src/Http/DecisionController.php';

use App\Http\DecisionController;
use App\Review\ReviewEventHub;
use App\Review\ReviewWorkflow;
use Workerman\Connection\TcpConnection;
use Workerman\Protocols\Http\Request;
use Workerman\Worker;

$http = new Worker('http://0.0.0.0:8080');
$http->name = 'review-api';

$http->onWorkerStart = static function (Worker $worker): void {
    $hub = new ReviewEventHub();
    $controller = new DecisionController(new ReviewWorkflow($hub), $hub);

    $worker->onMessage = static function (TcpConnection $connection, Request $request) use ($controller): void {
        $connection->send($controller($request));
    };
};

Worker::runAll();
