<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Telemetry/Sample.php';
require __DIR__ . '/src/Telemetry/QualityFilter.php';
require __DIR__ . '/src/Telemetry/SampleBuffer.php';
require __DIR__ . '/src/Historian/HistorianGateway.php';
require __DIR__ . '/src/Http/IngestController.php';

use App\Historian\HistorianGateway;
use App\Http\IngestController;
use App\Telemetry\QualityFilter;
use App\Telemetry\SampleBuffer;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;
use Spiral\RoadRunner\Http\PSR7Worker;

$config = require __DIR__ . '/config/telemetry.php';

$buffer = new SampleBuffer(new HistorianGateway($config['historian_dsn']), $config);
$controller = new IngestController($buffer, new QualityFilter($config['quality_floor']));

// Simulated relay: each RTU upload carries the latest scan of a lift station.
$feed = static function (int $i): ServerRequest {
    $station = sprintf('LS-%02d', $i % 17);
    $ts = 1717200000000 + $i * 5000;
    $body = json_encode(['samples' => [
        ['tag' => 'wet_well_level', 'v' => 2.1 + ($i % 9) / 10, 'u' => 'm', 'q' => 'good', 'ts' => $ts],
        ['tag' => 'pump1_current', 'v' => 41.7 + $i % 5, 'u' => 'A', 'q' => 'good', 'ts' => $ts],
        ['tag' => 'discharge_pressure', 'v' => 5.4, 'u' => 'bar', 'q' => 'good', 'ts' => $ts],
        ['tag' => 'flow_rate', 'v' => 118.0 + $i % 13, 'u' => 'L/s', 'q' => $i % 11 ? 'good' : 'bad', 'ts' => $ts],
    ]]);

    return new ServerRequest('POST', '/telemetry', ['x-rtu-station' => $station], $body);
};

$worker = new PSR7Worker($feed, (int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], $e->getMessage()));
    }
}
