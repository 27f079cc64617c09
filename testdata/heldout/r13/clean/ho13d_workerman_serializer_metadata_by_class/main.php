<?php

declare(strict_types=1);

require __DIR__ . '/src/Workerman.php';
require __DIR__ . '/src/Serializer.php';
require __DIR__ . '/src/Quotes.php';

use App\Quotes\QuoteService;
use App\Serializer\ClassMetadataFactory;
use App\Serializer\JsonSerializer;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$serializer = new JsonSerializer(new ClassMetadataFactory());
$quotes = new QuoteService();

$worker = new Worker('websocket://0.0.0.0:2346');
$worker->onMessage = static function (TcpConnection $connection, string $frame) use ($serializer, $quotes): void {
    $command = json_decode($frame, true, 512, JSON_THROW_ON_ERROR);
    $connection->send($serializer->serialize($quotes->find((int) $command['id'])));
};

Worker::runAll($worker, (int) (getenv('PHPLEAK_N') ?: 100));
