<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Services/PickLine.php';
require __DIR__ . '/app/Services/PickingWave.php';
require __DIR__ . '/app/Services/WaveManager.php';
require __DIR__ . '/app/Facades/Waves.php';
require __DIR__ . '/app/Http/Controllers/PickConfirmationController.php';
require __DIR__ . '/app/Listeners/ResetWaveFacade.php';
require __DIR__ . '/app/Providers/WarehouseServiceProvider.php';

use App\Http\Controllers\PickConfirmationController;
use App\Providers\WarehouseServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$app = new Container();
$events = new Dispatcher();
$app->instance('events', $events);
Facade::setFacadeApplication($app);

$provider = new WarehouseServiceProvider();
$provider->register($app);
$provider->boot($events);

$controller = new PickConfirmationController();
$kernel = static function (array $request) use ($controller): array {
    // POST /api/waves/{wave}/picks
    $segments = explode('/', trim($request['path'], '/'));
    return $controller->store($request, $segments[2]);
};

$octane = require __DIR__ . '/config/octane.php';
$worker = new Worker($app, $events, $kernel, $octane['warm']);

$zones = ['A', 'C', 'F'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // a new wave is released every 6 picks
    $waveId = sprintf('W%s-%05d%s', date('ymd', 1715500000), intdiv($i, 6), $zones[intdiv($i, 6) % 3]);
    $worker->handle([
        'method' => 'POST',
        'path' => '/api/waves/' . $waveId . '/picks',
        'headers' => ['x-picker-badge' => sprintf('PK-%03d', $i % 9)],
        'input' => [
            'location' => sprintf('%s-%02d-%02d-%d', $zones[$i % 3], $i % 30, $i % 12, $i % 4),
            'sku' => sprintf('SKU-%06d', 100000 + ($i * 37) % 5000),
            'qty' => 1 + $i % 5,
            'tote' => sprintf('TOTE-%05d', 20000 + $i),
            'scanned_at' => 1715500000 + $i * 23,
        ],
    ]);
}
