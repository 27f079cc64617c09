<?php
// A RoadRunner HTTP worker rendering a per-region sales CSV whose static column formatters come from helper methods merged into one map.

require __DIR__ . '/vendor/roadrunner.php';
require __DIR__ . '/src/Report/SalesReport.php';
require __DIR__ . '/src/Report/SalesReportController.php';

use App\Report\SalesReportController;
use Spiral\RoadRunner\Http\PSR7Worker;

$worker = new PSR7Worker();
$controller = new SalesReportController();

while ($request = $worker->waitRequest()) {
    $worker->respond(200, $controller($request));
}
