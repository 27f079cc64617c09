<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel-lite/Container.php';
require __DIR__ . '/vendor/laravel-lite/Facade.php';
require __DIR__ . '/vendor/laravel-lite/Octane/Worker.php';
require __DIR__ . '/app/Enums/SensorModel.php';
require __DIR__ . '/app/Calibration/CalibrationCurve.php';
require __DIR__ . '/app/Calibration/CalibrationRepository.php';
require __DIR__ . '/app/Calibration/CurveKey.php';
require __DIR__ . '/app/Calibration/CalibrationTable.php';
require __DIR__ . '/app/Facades/Calibration.php';
require __DIR__ . '/app/Http/IngestReadingController.php';

use App\Calibration\CalibrationRepository;
use App\Calibration\CalibrationTable;
use App\Http\IngestReadingController;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Worker;

// bootstrap/app.php + AppServiceProvider::register()
$app = Container::getInstance();
$app->singleton(CalibrationRepository::class, fn () => new CalibrationRepository());
$app->singleton(CalibrationTable::class, fn (Container $c) => new CalibrationTable($c->make(CalibrationRepository::class)));
$app->scoped(IngestReadingController::class, fn () => new IngestReadingController());
Facade::setFacadeApplication($app);

$kernel = static function (Container $app, RequestContext $request): array {
    return $app->make(IngestReadingController::class)($request);
};

function gatewayUploads(int $n): \Generator
{
    $models = ['th-200', 'th-210', 'px-40', 'co2-x'];
    $firmware = ['3.1.4', '4.0.2', '2.7.0', '5.0.1', '1.9.9'];
    for ($i = 0; $i < $n; $i++) {
        yield new RequestContext('POST', '/api/v1/readings', [
            'model' => $models[$i % 4],
            'fw' => $firmware[$i % 5],
            'serial' => sprintf('SN-%s-%07d', strtoupper(dechex(0xA000 + $i % 4096)), 1_300_000 + $i * 17),
            'trim' => ['offset' => (($i * 31) % 200 - 100) / 1000, 'gain' => 1 + (($i * 7) % 50 - 25) / 10000],
            'samples' => ['ch0' => 20.0 + $i % 13, 'ch1' => 4.1 + ($i % 9) / 10],
        ], ['x-received-at' => gmdate(DATE_ATOM, 1_700_000_000 + $i)]);
    }
}

(new Worker($app, $kernel))->serve(gatewayUploads((int) (getenv('PHPLEAK_N') ?: 100)));
