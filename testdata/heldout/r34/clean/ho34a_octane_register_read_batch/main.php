<?php

/*
 * Laravel Octane worker for the meter data management ingestion API: the
 * head-end system posts one interval read per meter per request.
 */

require __DIR__ . '/vendor/laravel/framework/Illuminate/Foundation.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Metering/TimeseriesSink.php';
require __DIR__ . '/app/Metering/RegisterBatchWriter.php';
require __DIR__ . '/app/Facades/RegisterBatch.php';
require __DIR__ . '/app/Providers/MeteringServiceProvider.php';
require __DIR__ . '/app/Http/ReadingIngestController.php';

use App\Http\ReadingIngestController;
use App\Providers\MeteringServiceProvider;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$boot = static function (): Container {
    foreach (parse_ini_file(__DIR__ . '/.env', false, INI_SCANNER_RAW) as $key => $value) {
        $_ENV[$key] = $value;
    }
    $app = Container::getInstance();
    $app->instance('config', new Repository(['metering' => require __DIR__ . '/config/metering.php']));
    Facade::setFacadeApplication($app);
    (new MeteringServiceProvider($app))->register();
    $app->instance(ReadingIngestController::class, new ReadingIngestController());

    return $app;
};

$kernel = static function (Container $app, Request $request): void {
    $app->make(ReadingIngestController::class)->store($request);
};

$headEnd = static function (int $i): Request {
    return new Request('POST', '/api/v1/meters/reads', json_encode([
        'meterId' => sprintf('ELS-%09d', 510000000 + $i * 7919 % 1000000),
        'readAt' => gmdate('Y-m-d\TH:i:s\Z', 1722470400 + intdiv($i, 40) * 900),
        'registers' => [
            '1.8.0' => round(10432.5 + $i * 0.37, 3),
            '2.8.0' => round(211.0 + ($i % 50) * 0.05, 3),
            '3.8.0' => round(1880.25 + $i * 0.11, 3),
        ],
        'estimated' => $i % 29 === 0,
    ]));
};

(new Worker($boot, $kernel))->run($headEnd);
