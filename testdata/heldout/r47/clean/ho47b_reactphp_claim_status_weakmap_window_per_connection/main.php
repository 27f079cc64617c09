<?php

declare(strict_types=1);

require __DIR__ . '/vendor/react/event-loop.php';
require __DIR__ . '/vendor/react/socket.php';
require __DIR__ . '/src/Claims/ClaimStatusQuery.php';
require __DIR__ . '/src/Claims/ClaimLedger.php';
require __DIR__ . '/src/Realtime/RecentQueries.php';
require __DIR__ . '/src/Realtime/ClaimStatusServer.php';

use App\Claims\ClaimLedger;
use App\Realtime\ClaimStatusServer;
use App\Realtime\RecentQueries;
use React\EventLoop\Loop;
use React\Socket\SocketServer;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$socket = new SocketServer('0.0.0.0:7080', 4, $n, static fn (int $i): string => json_encode([
    'claim' => sprintf('CLM-%07d', 500000 + $i),
    'policy' => sprintf('POL-%s-%05d', ['PP', 'FM', 'AG'][$i % 3], 1200 + $i % 700),
    'pet' => ['Bella', 'Shadow', 'Nugget', 'Willow', 'Ziggy'][$i % 5] . " #{$i}",
    'staff' => ['frontdesk-1', 'frontdesk-2', 'billing'][$i % 3],
    'note' => str_repeat('Owner called asking whether the dental extraction invoice was received. ', 4),
]));

$app = new ClaimStatusServer(new ClaimLedger(), new RecentQueries());
$app->attach($socket);
$socket->listen();
Loop::get()->run();
