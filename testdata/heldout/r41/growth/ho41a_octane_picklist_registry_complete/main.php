<?php

require __DIR__ . '/vendor/octane-lite/Container.php';
require __DIR__ . '/vendor/octane-lite/Facade.php';
require __DIR__ . '/vendor/octane-lite/Worker.php';
require __DIR__ . '/app/Warehouse/PickLine.php';
require __DIR__ . '/app/Warehouse/PickList.php';
require __DIR__ . '/app/Warehouse/PickListRegistry.php';
require __DIR__ . '/app/Facades/PickLists.php';
require __DIR__ . '/app/Http/PickListController.php';

use App\Http\PickListController;
use App\Warehouse\PickListRegistry;
use OctaneLite\Container;
use OctaneLite\Facade;
use OctaneLite\Worker;

$app = Container::getInstance();
$app->singleton(PickListRegistry::class, fn () => new PickListRegistry());
$app->singleton(PickListController::class, fn () => new PickListController());
Facade::setFacadeApplication($app);

$worker = new Worker($app, function (array $request, Container $app): array {
    return $app->make(PickListController::class)->store($request);
});

$bins = ['A-01-03', 'A-04-11', 'B-02-07', 'C-10-01', 'D-05-09'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    $scans = [];
    for ($l = 0; $l < 3; $l++) {
        $qty = 1 + ($i + $l) % 4;
        $lines[] = [
            'sku' => sprintf('SKU-%05d-%d', 40000 + $i, $l),
            'bin' => $bins[($i + $l) % \count($bins)],
            'qty' => $qty,
            'description' => 'Carton ' . ($l + 1) . ' of order ' . (880000 + $i) . ', handle with care',
        ];
        $scans[] = $qty;
    }

    $worker->handle([
        'pick_list_id' => 'pl-' . dechex(0x1f0000 + $i),
        'order' => 'SO-' . (880000 + $i),
        'picker' => 'picker-' . ($i % 12),
        'lines' => $lines,
        'scans' => $scans,
    ]);
}
