<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Support/SchemaKey.php';
require __DIR__ . '/app/Services/CapabilitySchemaRegistry.php';
require __DIR__ . '/app/Services/Hub.php';
require __DIR__ . '/app/Http/Controllers/DeviceStateController.php';
require __DIR__ . '/app/Providers/HubServiceProvider.php';

use App\Http\Controllers\DeviceStateController;
use App\Providers\HubServiceProvider;
use Illuminate\Container\Container;

// Octane boots the application once per worker, then serves requests from it.
$app = Container::getInstance();
(new HubServiceProvider())->register($app);
$controller = new DeviceStateController();

$models = ['hue-a19', 'aqara-th-t1', 'shelly-plus-1pm', 'nest-e', 'ikea-tradfri-e27'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    // POST /api/devices/{serial}/state from the hub gateway
    $model = $models[$i % count($models)];
    $report = [
        'model' => $model,
        'schema' => 1 + $i % 2,
        'serial' => sprintf('%s-%08x', substr($model, 0, 4), crc32("unit-$i")),
        'calibration' => ['temperature' => 0.5, 'humidity' => -1.5],
        'values' => ['on_off' => $i % 2, 'brightness' => $i % 254, 'temperature' => 20 + $i % 7, 'humidity' => 40 + $i % 9],
        'received_at' => time(),
    ];

    $response = $controller->store($report);
    unset($report, $response);
}
