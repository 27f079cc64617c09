<?php

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Handler/HandlersLocator.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Transport/InMemoryTransport.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Message/ReeferTelemetry.php';
require __DIR__ . '/src/Monitoring/ReeferSample.php';
require __DIR__ . '/src/Monitoring/TripLogArchive.php';
require __DIR__ . '/src/Monitoring/TripTemperatureLog.php';
require __DIR__ . '/src/MessageHandler/ReeferTelemetryHandler.php';
require __DIR__ . '/src/Kernel.php';

use App\Kernel;
use App\Message\ReeferTelemetry;
use Symfony\Component\Messenger\Transport\InMemoryTransport;

$kernel = new Kernel(__DIR__);
$kernel->boot();

$containers = array_keys($kernel->vessel()['containers']);
$events = ['telemetry', 'telemetry', 'telemetry', 'defrost_start', 'telemetry', 'defrost_end', 'telemetry', 'power_restored'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

// bin/console messenger:consume reefer_telemetry --limit=N
$transport = new InMemoryTransport(static function (int $seq) use ($containers, $events): ReeferTelemetry {
    $container = $containers[$seq % count($containers)];
    $ts = 1718000000 + $seq * 90;
    $base = ($seq % 5) * 0.2;

    return new ReeferTelemetry(
        sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32($container . $ts), $seq & 0xffff, $seq % 4096, ($seq * 7) % 4096, $ts),
        $container,
        $events[$seq % count($events)],
        $ts,
        [
            'supply_air' => 13.1 + $base,
            'return_air' => 14.0 + $base,
            'humidity' => 88.5 - $base,
            'o2' => 20.1,
            'co2' => 0.4 + $base / 10,
            'lat' => -23.9 + $seq / 1000,
            'lon' => -46.3 + $seq / 500,
        ],
        bin2hex(random_bytes(120)),
    );
}, $n);

$kernel->worker($transport)->run(['limit' => $n]);
