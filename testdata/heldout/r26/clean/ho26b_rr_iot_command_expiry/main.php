<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Device/Device.php';
require __DIR__ . '/src/Device/DeviceRegistry.php';
require __DIR__ . '/src/Command/DeviceCommand.php';
require __DIR__ . '/src/Command/CommandOutbox.php';
require __DIR__ . '/src/Command/CommandDispatcher.php';
require __DIR__ . '/src/Transport/MqttBridge.php';
require __DIR__ . '/src/Dev/ReplayTaskSource.php';

use App\Command\CommandDispatcher;
use App\Command\CommandOutbox;
use App\Command\DeviceCommand;
use App\Dev\ReplayTaskSource;
use App\Device\DeviceRegistry;
use App\Transport\MqttBridge;
use Spiral\RoadRunner\Jobs\Consumer;

$fleet = [
    ['id' => 'gw-boiler-01', 'model' => 'HX-200', 'fw' => '4.2.1', 'mode' => 'always-on'],
    ['id' => 'th-lobby-03', 'model' => 'TS-11', 'fw' => '1.9.0', 'mode' => 'sleepy'],
    ['id' => 'vl-line-b-07', 'model' => 'VX-3', 'fw' => '2.0.4', 'mode' => 'always-on'],
    ['id' => 'th-roof-12', 'model' => 'TS-11', 'fw' => '1.9.0', 'mode' => 'sleepy'],
    ['id' => 'co2-hall-02', 'model' => 'AQ-5', 'fw' => '3.1.7', 'mode' => 'sleepy'],
];

// Worker boot.
$dispatcher = new CommandDispatcher(
    DeviceRegistry::fromFleetManifest($fleet),
    new CommandOutbox(),
    new MqttBridge('plant/v1'),
);
$consumer = new Consumer(new ReplayTaskSource((int) (getenv('PHPLEAK_N') ?: 100), $fleet));

while ($task = $consumer->waitTask()) {
    try {
        $payload = json_decode($task->getPayload(), true, 16, JSON_THROW_ON_ERROR);
        switch ($task->getName()) {
            case 'device.command':
                $command = DeviceCommand::fromPayload($payload, $task->getHeaderLine('traceparent'));
                $dispatcher->dispatch($command, (int) $payload['issued_at']);
                break;
            case 'device.ack':
                $dispatcher->acknowledge((string) $payload['command_id']);
                break;
            case 'device.checkin':
                $dispatcher->deviceCheckedIn((string) $payload['device'], (int) $payload['at']);
                break;
            case 'device.sleep':
                $dispatcher->deviceWentToSleep((string) $payload['device']);
                break;
        }
        $task->complete();
    } catch (\Throwable $e) {
        $task->fail($e);
    }
}
