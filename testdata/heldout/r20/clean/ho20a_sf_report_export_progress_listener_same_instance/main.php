<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/src/Event/RowExported.php';
require __DIR__ . '/src/Dto/ExportProgress.php';
require __DIR__ . '/src/Service/CsvExporter.php';
require __DIR__ . '/src/Controller/ReportExportController.php';

use App\Controller\ReportExportController;
use App\Event\RowExported;
use App\Service\CsvExporter;
use Symfony\Component\EventDispatcher\EventDispatcher;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Container boot (RoadRunner keeps the kernel and its services between requests).
$dispatcher = new EventDispatcher();
$dispatcher->addListener(RowExported::class, static function (RowExported $e): void {
    // audit subscriber registered at compile time
}, -10);
$controller = new ReportExportController($dispatcher, new CsvExporter($dispatcher));

for ($i = 0; $i < $n; $i++) {
    $controller->export([
        'report' => ['sales', 'refunds', 'payouts'][$i % 3],
        'from' => date('Y-m-d', 1704067200 + $i * 86400),
        'request_id' => sprintf('%016x', crc32((string) $i) * 7919),
        'user' => 'analyst' . ($i % 11) . '@example.com',
    ]);
}
