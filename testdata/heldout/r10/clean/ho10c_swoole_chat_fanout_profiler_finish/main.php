<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/server.php';
require __DIR__ . '/src/Profiler.php';
require __DIR__ . '/src/MessageController.php';
require __DIR__ . '/src/FanoutTask.php';

use Chat\FanoutTask;
use Chat\MessageController;
use Chat\Support\Profiler;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9502);
$server->set(['worker_num' => 4, 'task_worker_num' => 8]);

$controller = new MessageController($server);
$fanout = new FanoutTask();

$server->on('request', static function ($request, $response) use ($controller): void {
    $controller->post($request, $response);
});

$server->on('task', static function (Server $server, int $taskId, int $srcWorkerId, array $data) use ($fanout): array {
    return $fanout($data);
});

$server->on('finish', static function (Server $server, int $taskId, array $result): void {
    Profiler::instance()->stop("fanout:{$result['message_id']}");
});

$server->start();
