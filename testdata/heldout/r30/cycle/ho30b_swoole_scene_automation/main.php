<?php

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/vendor/swoole-lite/Http.php';
require __DIR__ . '/src/Automation/ListensToTriggers.php';
require __DIR__ . '/src/Automation/Scene.php';
require __DIR__ . '/src/Automation/SceneFactory.php';
require __DIR__ . '/src/Hub/ZigbeeEventController.php';

use Hub\Automation\SceneFactory;
use Hub\Hub\ZigbeeEventController;
use Swoole\Http\Request;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$controller = new ZigbeeEventController(new SceneFactory(require __DIR__ . '/config/scenes.php'));
$server->on('request', $controller);

$rooms = ['hallway', 'garage', 'living'];
$types = ['motion.detected', 'door.opened', 'presence.arrived', 'lux.below'];

$server->start(static function (int $i) use ($rooms, $types): Request {
    return new Request(json_encode([
        'room' => $rooms[$i % 3],
        'type' => $types[$i % 4],
        'device' => sprintf('0x00158d00%08x', 0x1000 + $i),
        'lux' => ($i * 37) % 600,
        'ts' => 1_700_000_000 + $i,
    ]));
}, (int) (getenv('PHPLEAK_N') ?: 100));
