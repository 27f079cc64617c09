<?php

use App\Maintenance\DispatchBoard;
use App\Maintenance\Notifier;
use App\Maintenance\VendorRoster;
use Illuminate\Container\Container;

require_once __DIR__ . '/../vendor/illuminate/container/Container.php';
require_once __DIR__ . '/../vendor/illuminate/queue/Worker.php';
foreach (['MaintenanceTicket', 'DispatchBoard', 'VendorRoster', 'Notifier'] as $class) {
    require_once __DIR__ . "/../app/Maintenance/$class.php";
}
require_once __DIR__ . '/../app/Jobs/RouteMaintenanceTicket.php';

$app = Container::getInstance();
$app->singleton(DispatchBoard::class);
$app->singleton(VendorRoster::class);
$app->singleton(Notifier::class);

return $app;
