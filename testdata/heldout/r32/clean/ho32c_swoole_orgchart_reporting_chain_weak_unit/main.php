<?php

require __DIR__ . '/vendor/openswoole/http/Server.php';
require __DIR__ . '/src/OrgChart/Position.php';
require __DIR__ . '/src/OrgChart/OrgUnit.php';
require __DIR__ . '/src/OrgChart/OrgChartBuilder.php';
require __DIR__ . '/src/Http/ReportingChainController.php';

use Acme\Hr\Http\ReportingChainController;
use Acme\Hr\OrgChart\OrgChartBuilder;
use OpenSwoole\Http\Server;

$departments = [
    'CC-100' => ['name' => 'People Operations', 'manager' => 'Dana Whitfield'],
    'CC-210' => ['name' => 'Payroll', 'manager' => 'Marcus Oyelaran'],
    'CC-330' => ['name' => 'Talent Acquisition', 'manager' => 'Priya Raman'],
    'CC-410' => ['name' => 'Total Rewards', 'manager' => 'Jonas Eklund'],
];

$server = new Server('0.0.0.0', 9501);
$server->set(['worker_num' => 1, 'max_request' => 0]);

$controller = null;
$server->on('workerStart', function (Server $server, int $workerId) use (&$controller, $departments) {
    $controller = new ReportingChainController(new OrgChartBuilder($departments));
});
$server->on('request', function ($request, $response) use (&$controller) {
    $controller($request, $response);
});

$server->start();
