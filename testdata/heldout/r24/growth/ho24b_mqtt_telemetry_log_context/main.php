<?php

declare(strict_types=1);

require __DIR__ . '/vendor/php-mqtt-lite/src/MqttClient.php';
require __DIR__ . '/vendor/monolog-lite/src/Logger.php';
require __DIR__ . '/src/Telemetry/Reading.php';
require __DIR__ . '/src/Telemetry/TopicParser.php';
require __DIR__ . '/src/Telemetry/DeviceRegistry.php';
require __DIR__ . '/src/Telemetry/TelemetryIngestor.php';

use App\Telemetry\DeviceRegistry;
use App\Telemetry\TelemetryIngestor;
use Monolog\Logger;
use Monolog\SyslogUdpHandler;
use PhpMqtt\Client\InboundQueue;
use PhpMqtt\Client\MqttClient;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Boot: provisioned fleet, logger, broker connection, one wildcard subscription.
$fleet = [];
for ($d = 0; $d < 48; $d++) {
    $fleet[] = sprintf('gw-%04d', $d);
}
$logger = (new Logger('telemetry'))->pushHandler(new SyslogUdpHandler('10.0.0.5', Logger::INFO));
$wire = new InboundQueue();
$client = new MqttClient('broker.internal', 1883, 'ingest-worker-3', $wire);
$client->connect();
$client->subscribe('tenants/+/devices/+/telemetry', new TelemetryIngestor(new DeviceRegistry($fleet), $logger, 'ingest-worker-3'), 1);

// What the broker delivers: heartbeats between measurement frames.
for ($i = 0; $i < $n; $i++) {
    $device = $fleet[($i * 7) % count($fleet)];
    $tenant = ['acme-cold-chain', 'northwind-grid'][$i % 2];
    $payload = $i % 3 !== 2
        ? json_encode(['kind' => 'heartbeat', 'seq' => $i, 'ts' => 1_700_000_000 + $i * 5, 'rssi' => -60 - $i % 20])
        : json_encode(['kind' => 'measurement', 'seq' => $i, 'ts' => 1_700_000_000 + $i * 5, 'metrics' => ['temp_c' => 3.5 + ($i % 40) / 10, 'humidity' => 40 + $i % 30, 'door_open' => $i % 17 === 0 ? 1 : 0], 'battery_mv' => 3600 - $i % 400]);
    $wire->push("tenants/{$tenant}/devices/{$device}/telemetry", $payload, $i + 1);
}

$client->loop(true, true);
