<?php
// RoadRunner HTTP worker receiving telematics pings from the rental fleet.

require __DIR__ . '/vendor/autoload.php';

use Fleet\Http\PingController;
use Fleet\Telematics\PingBuffer;
use Fleet\Telematics\PingIngestor;
use Fleet\Telematics\PingWriter;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;

$config = require __DIR__ . '/config/telematics.php';

$buffer = new PingBuffer(new PingWriter($config['table']), (int) $config['flush_at']);
$controller = new PingController(new PingIngestor($buffer, (int) $config['reject_older_than']));
register_shutdown_function([$buffer, 'flush']);

$worker = new PSR7Worker();
while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, [], 'Internal Server Error'));
    }
}
