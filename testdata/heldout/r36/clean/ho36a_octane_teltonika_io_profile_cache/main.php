<?php

declare(strict_types=1);

// Laravel Octane (Swoole) app behind the MQTT→HTTP bridge of a telematics
// platform: gateways POST decoded Teltonika AVL packets, the app maps raw IO
// element ids to named readings and stores positions.

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/http/Request.php';
require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Concerns/ResolvesIoSchemas.php';
require __DIR__ . '/app/Telematics/AvlHeader.php';
require __DIR__ . '/app/Telematics/IoElementSchema.php';
require __DIR__ . '/app/Telematics/DeviceProfileRepository.php';
require __DIR__ . '/app/Telematics/Codec8Decoder.php';
require __DIR__ . '/app/Telematics/PositionWriter.php';
require __DIR__ . '/app/Http/Controllers/TeltonikaIngestController.php';

use App\Http\Controllers\TeltonikaIngestController;
use App\Telematics\Codec8Decoder;
use App\Telematics\DeviceProfileRepository;
use App\Telematics\PositionWriter;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$config = ['telematics' => require __DIR__ . '/config/telematics.php'];

$app = new Container();
$app->instance('config', $config);
$app->singleton(DeviceProfileRepository::class, static fn (Container $c) => new DeviceProfileRepository(
    $c->make('config')['telematics']['io_elements'],
    $c->make('config')['telematics']['device_overrides'],
));
$app->singleton(PositionWriter::class, static fn () => new PositionWriter());
$app->bind(Codec8Decoder::class, static fn (Container $c) => new Codec8Decoder($c->make(DeviceProfileRepository::class)));
$app->bind(TeltonikaIngestController::class, static fn (Container $c) => new TeltonikaIngestController(
    $c->make(Codec8Decoder::class),
    $c->make(PositionWriter::class),
));
$app->make(DeviceProfileRepository::class);
$app->make(PositionWriter::class);

$worker = new Worker(
    $app,
    static fn (Container $sandbox, Request $request) => $sandbox->make(TeltonikaIngestController::class)($request),
);

$known = ['352093081234567', '352093081234568', '352094087654321'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $imei = $i % 10 === 0 ? $known[intdiv($i, 10) % 3] : sprintf('3520930%08d', 40_000_000 + $i * 7);
    $model = $i % 2 ? 'FMC130' : 'FMB640';
    $records = [];
    for ($r = 0; $r < 2; $r++) {
        $records[] = [
            'ts' => 1_717_400_000_000 + $i * 30_000 + $r * 10_000,
            'lat' => 535_511_000 + ($i * 13 + $r) % 90_000,
            'lng' => 99_937_000 + ($i * 17 + $r) % 90_000,
            'io' => [239 => 1, 240 => $r, 16 => 1_200_000 + $i * 250, 24 => 40 + $i % 50, 66 => 27_800 + $i % 400, 72 => 45 + $i % 20],
        ];
    }
    $worker->handle(new Request('POST', '/api/telematics/teltonika', [
        'content-type' => 'application/json',
        'x-gateway-id' => 'mqtt-bridge-' . ($i % 4),
    ], json_encode(['imei' => $imei, 'model' => $model, 'codec' => 0x8E, 'records' => $records])));
}
