<?php

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/vendor/react-socket/Connection.php';
require __DIR__ . '/src/Slaves.php';
require __DIR__ . '/src/Drain.php';
require __DIR__ . '/src/ProcessManager.php';

use PhpPm\GracefulDrain;
use PhpPm\ProcessManager;
use PhpPm\SlavePool;
use React\Socket\Connection;

$manager = new ProcessManager(new SlavePool(4, 5501), new GracefulDrain());

$paths = ['/api/builds', '/api/pipelines', '/health', '/api/artifacts'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $path = $paths[$i % 4] . '/' . (7000 + $i);
    $head = "GET {$path}?ts=" . (1700000000 + $i) . " HTTP/1.1\r\n"
        . "Host: ci.internal\r\n"
        . "User-Agent: ci-agent/2.4 (runner-" . ($i % 9) . ")\r\n"
        . "X-Request-Id: " . md5("req-{$i}") . "\r\n"
        . "Accept: application/json\r\n"
        . "Connection: close\r\n\r\n";

    $conn = new Connection('tcp://10.0.3.' . ($i % 250) . ':' . (40000 + $i % 20000), $head);
    $manager->onConnection($conn);
    unset($conn);
}
