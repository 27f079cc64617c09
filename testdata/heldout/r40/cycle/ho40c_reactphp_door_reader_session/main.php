<?php

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/vendor/react/Socket.php';
require __DIR__ . '/src/AccessPolicy.php';
require __DIR__ . '/src/BadgeReaderSession.php';
require __DIR__ . '/src/ReaderGateway.php';

use React\Socket\Connection;
use React\Socket\SocketServer;
use Venue\Access\AccessPolicy;
use Venue\Access\ReaderGateway;

$policy = new AccessPolicy([
    'crew' => ['backstage', 'loading-dock'],
    'artist' => ['backstage', 'green-room'],
    'press' => ['press-box'],
    'security' => ['backstage', 'loading-dock', 'press-box', 'green-room'],
]);

$server = new SocketServer('tcp://0.0.0.0:7400');
$gateway = new ReaderGateway($policy, 'backstage');
$gateway->listen($server);

// Readers reconnect after every door cycle (their firmware drops idle links),
// so each iteration is one short-lived reader connection.
$credentials = ['crew', 'artist', 'press', 'security'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection(sprintf('10.40.%d.%d:%d', $i % 8, 20 + $i % 50, 40000 + $i));
    $server->emit('connection', [$connection]);

    $connection->emit('data', [json_encode([
        'type' => 'hello',
        'serial' => 'HID-' . strtoupper(bin2hex(random_bytes(6))),
        'firmware' => '4.2.' . ($i % 3),
        'door' => 'D' . ($i % 12),
    ]) . "\n"]);
    $connection->emit('data', [json_encode([
        'type' => 'badge',
        'badge' => bin2hex(random_bytes(16)),
        'credential' => $credentials[$i % 4],
        'holder' => 'staff-' . random_int(1000, 9999),
        'photo_hash' => hash('sha256', (string) $i),
        'read_at' => date(DATE_ATOM, 1767225600 + $i * 30),
    ]) . "\n"]);

    $connection->close();
}
