<?php

require __DIR__ . '/vendor/dunglas/frankenphp/worker.php';
require __DIR__ . '/src/Alarms/LeakAlarm.php';
require __DIR__ . '/src/WorkOrders/Task.php';
require __DIR__ . '/src/WorkOrders/TaskList.php';
require __DIR__ . '/src/WorkOrders/WorkOrder.php';
require __DIR__ . '/src/WorkOrders/WorkOrderFactory.php';
require __DIR__ . '/src/Http/LeakAlarmController.php';

use App\Http\LeakAlarmController;
use App\WorkOrders\WorkOrderFactory;

// Simulated Caddy: SCADA posts a leak alarm per request.
$GLOBALS['__frankenphp_feed'] = static fn (int $i): array => ['POST', '/alarms/leak', json_encode([
    'alarm_id' => 'ALM-' . (880000 + $i),
    'main_id' => sprintf('DM-%04d', 300 + $i % 450),
    'zone' => 'PZ-' . ($i % 6 + 1),
    'delta' => 3.0 + ($i % 23),
    'raised_at' => date('c', 1717200000 + $i * 60),
])];

// Booted once, outside the request loop.
$controller = new LeakAlarmController(new WorkOrderFactory());

$handler = static function () use ($controller): void {
    $controller->handle($_POST);
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($served = 0; !$maxRequests || $served < $maxRequests; ++$served) {
    if (!frankenphp_handle_request($handler)) {
        break;
    }
}
