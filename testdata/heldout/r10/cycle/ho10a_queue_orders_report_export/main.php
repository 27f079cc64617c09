<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/src/Reports/Infrastructure.php';
require __DIR__ . '/src/Jobs/ExportOrdersReport.php';

use App\Jobs\ExportOrdersReport;
use App\Reports\OrderRepository;
use App\Reports\ReportStorage;
use Illuminate\Queue\ArrayQueue;
use Illuminate\Queue\Container;
use Illuminate\Queue\Worker;

$container = new Container();
$container->instance(OrderRepository::class, new OrderRepository());
$container->instance(ReportStorage::class, new ReportStorage());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new ArrayQueue($n, static function (int $i): array {
    $job = new ExportOrdersReport(100 + $i % 17, sprintf('2024-%02d-%02d', 1 + $i % 12, 1 + $i % 28), '2024-12-31');

    return [
        'uuid' => sprintf('job-%08d', $i),
        'displayName' => ExportOrdersReport::class,
        'data' => ['commandName' => ExportOrdersReport::class, 'command' => serialize($job)],
    ];
});

(new Worker($queue, $container))->daemon('reports');
