<?php

require __DIR__ . '/vendor/laravel/framework/Container.php';
require __DIR__ . '/vendor/laravel/framework/Facade.php';
require __DIR__ . '/vendor/laravel/framework/Request.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Facades/StatusBoard.php';
require __DIR__ . '/app/Support/MachineKey.php';
require __DIR__ . '/app/Services/MachineStatusBoard.php';
require __DIR__ . '/app/Http/TelemetryController.php';

use App\Http\TelemetryController;
use App\Services\MachineStatusBoard;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$config = require __DIR__ . '/config/machines.php';

$app = Container::getInstance();
$app->singleton(MachineStatusBoard::class, fn () => new MachineStatusBoard($config['history']));
$app->bind(TelemetryController::class, fn () => new TelemetryController());
Facade::setFacadeApplication($app);

$worker = new Worker($app);
$worker->route('/api/telemetry', fn (Request $r) => $app->make(TelemetryController::class)->store($r));

$cells = array_keys($config['cells']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $cell = $cells[$i % count($cells)];
    $request = new Request([
        'cell' => strtolower($cell),
        'work_order' => sprintf('WO-%07d', 2310000 + intdiv($i, 2)),
        'ts' => 1_717_000_000 + $i * 3,
        'spindle_load' => 40 + ($i * 7) % 55 + 0.25,
        'feed_override' => 90 + $i % 20,
        'program' => sprintf('O%04d_%s_OP%02d', 1000 + $i % 300, $cell, 10 + $i % 4 * 10),
        'alarm' => $i % 9 === 0 ? sprintf('EX%04d coolant level low on %s at cycle %d', 1000 + $i, $cell, $i) : '',
        'operator' => sprintf('op-%03d', 100 + $i % 37),
    ], ['x-gateway' => 'edge-01']);

    $worker->handle('/api/telemetry', $request);
}
