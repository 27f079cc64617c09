<?php
// Ratchet gateway receiving remote commands from fleet devices and counting failed commands per error type for a diagnostics page.

declare(strict_types=1);

use Fleet\Gateway\CommandGateway;
use Ratchet\Server\IoServer;
use React\Socket\SocketServer;

require __DIR__ . '/vendor/cboden/ratchet.php';
require __DIR__ . '/src/CommandGateway.php';

$server = IoServer::factory(new CommandGateway(), 9443);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
SocketServer::$traffic = (static function () use ($n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $device = sprintf('VAN-%05d', $i);
        yield ['100.64.' . ($i % 200) . '.1:' . (10000 + $i), [
            json_encode(['op' => 'locate', 'device' => $device]),
            json_encode(['op' => 'self-destruct', 'device' => $device, 'meta' => ['fw' => '4.2.' . $i, 'note' => str_repeat('x', 200)]]),
        ]];
    }
})();

$server->run();
