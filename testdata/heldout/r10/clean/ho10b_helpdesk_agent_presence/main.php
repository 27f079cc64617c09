<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman.php';
require __DIR__ . '/src/AgentPresence.php';
require __DIR__ . '/src/AgentSocketGateway.php';

use App\Helpdesk\AgentSocketGateway;
use App\Helpdesk\AgentPresence;
use Workerman\Worker;

$worker = new Worker('websocket://0.0.0.0:8383');
$gateway = new AgentSocketGateway(new AgentPresence());
$gateway->bind($worker);

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$sessions = (function (int $n): Generator {
    for ($i = 0; $i < $n; $i++) {
        $uid = 1000 + $i % 40;
        yield [
            'addr' => sprintf('10.0.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i),
            'headers' => [
                'Request-Uri' => sprintf('/ws?uid=%d&session=%s', $uid, hash('sha256', "s$i")),
                'User-Agent' => sprintf('Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0 DeskClient/3.%d.%d (build %s)', 100 + $i % 30, 100 + $i % 30, $i % 9, $i, hash('md5', "b$i")),
                'Origin' => sprintf('https://tenant-%d.helpdesk.example.com', $i),
                'Sec-WebSocket-Protocol' => sprintf('desk.v2, desk.v1, presence.%d, typing.%d, receipts.%d', $i, $i, $i),
            ],
            'frames' => [
                json_encode(['type' => 'ping']),
                json_encode(['type' => 'message', 'room' => 'lobby', 'body' => "hello from $uid #$i"]),
            ],
        ];
    }
})($n);

$worker->runSessions($sessions);
