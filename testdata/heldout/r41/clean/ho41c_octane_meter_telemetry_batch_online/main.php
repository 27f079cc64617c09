<?php

require __DIR__ . '/vendor/octane-lite/Container.php';
require __DIR__ . '/vendor/octane-lite/Facade.php';
require __DIR__ . '/vendor/octane-lite/Request.php';
require __DIR__ . '/vendor/octane-lite/Worker.php';
require __DIR__ . '/app/Telemetry/ReadingPoint.php';
require __DIR__ . '/app/Telemetry/HistorianWriter.php';
require __DIR__ . '/app/Telemetry/TelemetryCollector.php';
require __DIR__ . '/app/Facades/Telemetry.php';
require __DIR__ . '/app/Http/MeterReadingController.php';
require __DIR__ . '/app/Console/BackfillHistorianCommand.php';

use App\Http\MeterReadingController;
use App\Telemetry\HistorianWriter;
use App\Telemetry\TelemetryCollector;
use OctaneLite\Container;
use OctaneLite\Request;
use OctaneLite\Worker;

// ---- boot (once per worker) -------------------------------------------
$app = Container::getInstance();
$app->loadConfig('telemetry', require __DIR__ . '/config/telemetry.php');

$app->singleton(HistorianWriter::class, function (Container $c) {
    $writer = new HistorianWriter($c->config('telemetry.historian_table'));
    $writer->open((string) $c->config('telemetry.historian_dsn'));

    return $writer;
});
$app->singleton(TelemetryCollector::class, fn (Container $c) => new TelemetryCollector(
    $c->make(HistorianWriter::class),
    (int) $c->config('telemetry.flush_at', 1000),
));

$worker = new Worker($app);
$controller = new MeterReadingController($app->config('telemetry.unit'));
$worker->post('/api/meters/readings', [$controller, 'store']);

// ---- request loop -------------------------------------------------------
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$base = 1717200000;

for ($i = 0; $i < $n; $i++) {
    $meterId = sprintf('E0053%011d', 40000 + $i % 37);
    $capturedAt = $base + $i * 900;
    $telegram = implode("\n", [
        '/ISK5\2M550E-1012',
        '',
        '1-3:0.2.8(50)',
        sprintf('0-0:1.0.0(%sS)', date('ymdHis', $capturedAt)),
        sprintf('0-0:96.1.1(%s)', bin2hex($meterId)),
        sprintf('1-0:1.8.1(%010.3f*kWh)', 1200 + $i * 0.25),
        sprintf('1-0:1.8.2(%010.3f*kWh)', 3400 + $i * 0.31),
        sprintf('1-0:2.8.1(%010.3f*kWh)', 10 + $i * 0.02),
        '0-0:96.14.0(0002)',
        sprintf('1-0:1.7.0(%06.3f*kW)', ($i % 50) / 10),
        '0-0:96.7.21(00004)',
        '0-0:96.7.9(00002)',
        sprintf('1-0:99.97.0(2)(0-0:96.7.19)(%sS)(0000000240*s)(%sS)(0000000301*s)', date('ymdHis', $capturedAt - 86400 * 3), date('ymdHis', $capturedAt - 86400)),
        '1-0:32.32.0(00002)',
        '1-0:32.36.0(00000)',
        sprintf('0-0:96.13.0(%s)', bin2hex('grid-op notice ' . ($i % 5))),
        sprintf('1-0:32.7.0(%05.1f*V)', 228 + ($i % 7) * 0.4),
        sprintf('1-0:31.7.0(%03d*A)', $i % 25),
        sprintf('1-0:21.7.0(%06.3f*kW)', ($i % 50) / 10),
        sprintf('1-0:22.7.0(%06.3f*kW)', ($i % 13) / 10),
        '0-1:24.1.0(003)',
        sprintf('0-1:96.1.0(%s)', bin2hex('G' . $meterId)),
        sprintf('0-1:24.2.1(%sS)(%09.3f*m3)', date('ymdHis', $capturedAt), 800 + $i * 0.01),
        sprintf('!%04X', crc32($meterId . $capturedAt) & 0xFFFF),
    ]);

    $worker->handle(new Request('POST', '/api/meters/readings', [
        'meter_id' => $meterId,
        'captured_at' => $capturedAt,
        'telegram' => $telegram,
    ], ['content-type' => 'application/json']));
}
