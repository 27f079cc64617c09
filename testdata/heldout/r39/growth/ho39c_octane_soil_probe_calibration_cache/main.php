<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Facades/Calibration.php';
require __DIR__ . '/app/Services/CalibrationKey.php';
require __DIR__ . '/app/Services/CalibrationRegistry.php';
require __DIR__ . '/app/Http/SoilMoistureController.php';

use App\Http\SoilMoistureController;
use App\Services\CalibrationRegistry;
use OctaneLite\Container;
use OctaneLite\Request;

// Boot: service providers run once per worker.
$app = Container::getInstance();
$app->singleton('soil.calibration', fn () => new CalibrationRegistry([
    'TEROS-12' => [0 => -0.053, 1 => 0.0292, 2 => -0.00055, 3 => 0.0000043],
    'SM150' => [0 => -0.039, 1 => 0.0271, 2 => -0.00049, 3 => 0.0000039],
    'EC-5' => [0 => -0.041, 1 => 0.0301, 2 => -0.00061, 3 => 0.0000047],
    'generic' => [0 => -0.053, 1 => 0.0292, 2 => -0.00055, 3 => 0.0000043],
]));
$controller = new SoilMoistureController();

$models = ['TEROS-12', 'SM150', 'EC-5'];
$textures = ['sand', 'loam', 'silt_loam', 'clay_loam'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        ['_headers' => ['x-farm-id' => 'farm-' . ($i % 12)]],
        [
            'probe_serial' => sprintf('%s-%05d-%s', $models[$i % 3], 10000 + $i * 7, substr(md5((string) $i), 0, 6)),
            'model' => $models[$i % 3],
            'soil_texture' => $textures[$i % 4],
            'field_id' => 'F' . (100 + $i % 40),
            'depths' => [10 => 12.0 + $i % 9, 30 => 15.5 + $i % 7, 60 => 18.25],
        ],
        '/api/soil/readings',
    );
    $response = $controller->store($request);
}
