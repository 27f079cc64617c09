<?php
// A socket server subscribes static closures that capture the connection (use ($conn)) on the connection's own emitter.

require_once __DIR__ . '/EmitsEvents.php';
require_once __DIR__ . '/Connection.php';
require_once __DIR__ . '/Server.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new Server();
for ($fd = 0; $fd < $n; $fd++) {
    $conn = $server->accept($fd);
    $conn->emit('data', "PUBLISH prices {$fd}\r\n" . str_repeat('{"bid":101.5}', 40));
    $conn->emit('end');
}
unset($conn);
