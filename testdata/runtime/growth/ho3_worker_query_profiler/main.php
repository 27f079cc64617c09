<?php
// A long-running PHP worker (RoadRunner style) boots the container once and serves HTTP requests in a loop; the debug profiler collects the SQL queries each request runs.

declare(strict_types=1);

require __DIR__ . '/src/Database/QueryLogger.php';
require __DIR__ . '/src/Database/Connection.php';
require __DIR__ . '/src/Profiler/ResetInterface.php';
require __DIR__ . '/src/Profiler/QueryCollector.php';
require __DIR__ . '/src/Profiler/TimeCollector.php';
require __DIR__ . '/src/Controller/ArticleController.php';
require __DIR__ . '/src/Worker/HttpWorker.php';

use App\Controller\ArticleController;
use App\Database\Connection;
use App\Profiler\QueryCollector;
use App\Profiler\TimeCollector;
use App\Worker\HttpWorker;

$queries = new QueryCollector();
$timer = new TimeCollector();
$connection = new Connection('sqlite::memory:', $queries);
$worker = new HttpWorker(new ArticleController($connection), [$queries, $timer]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->serve(['method' => 'GET', 'uri' => '/articles/' . (300 + $i), 'headers' => ['accept' => 'text/html']]);
}
