<?php
// A shipping notification worker consumes messages and runs a few SQL statements per message through a connection with a pluggable query profiler.
declare(strict_types=1);

require __DIR__ . '/src/Profiler/QueryProfilerInterface.php';
require __DIR__ . '/src/Profiler/ResetInterface.php';
require __DIR__ . '/src/Profiler/NullProfiler.php';
require __DIR__ . '/src/Profiler/QueryCollector.php';
require __DIR__ . '/src/Database/Connection.php';
require __DIR__ . '/src/Messaging/OrderShipped.php';
require __DIR__ . '/src/Messaging/OrderShippedHandler.php';
require __DIR__ . '/src/Messaging/Worker.php';

use App\Database\Connection;
use App\Messaging\OrderShipped;
use App\Messaging\OrderShippedHandler;
use App\Messaging\Worker;
use App\Profiler\NullProfiler;
use App\Profiler\QueryCollector;
use App\Profiler\ResetInterface;

$config = ['env' => 'dev', 'debug' => true, 'dsn' => 'pgsql:host=db;dbname=shipping'];
$profiler = $config['debug'] ? new QueryCollector() : new NullProfiler();
$connection = new Connection($config['dsn'], $profiler);
$resettable = $profiler instanceof ResetInterface ? [$profiler] : [];
$worker = new Worker([OrderShipped::class => new OrderShippedHandler($connection)], $resettable);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new OrderShipped(70_000 + $i, 'DHL', sprintf('JJD%014d', 149_000_000 + $i)));
}
