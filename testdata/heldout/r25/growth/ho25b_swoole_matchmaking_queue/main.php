<?php

require __DIR__ . '/vendor/swoole-ide-lite/src/WebSocket.php';
require __DIR__ . '/src/Matchmaking/Ticket.php';
require __DIR__ . '/src/Matchmaking/BracketQueue.php';
require __DIR__ . '/src/Matchmaking/Matchmaker.php';
require __DIR__ . '/src/Http/QueueGateway.php';

use Arena\Http\QueueGateway;
use Arena\Matchmaking\Matchmaker;
use Swoole\WebSocket\Server;

$server = new Server('0.0.0.0', 9502);
$gateway = new QueueGateway(new Matchmaker(['duel' => 2, 'squad' => 4]));
$gateway->register($server);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$regions = ['eu-west', 'us-east', 'ap-south'];
$heroes = ['vanguard', 'sentinel', 'wraith', 'oracle', 'brute', 'ranger'];

for ($i = 0; $i < $n; $i++) {
    // Off-peak: most players give up waiting and close the socket before a
    // second player of their bracket shows up.
    $fd = 1000 + $i;
    $server->dispatchOpen($fd);
    $server->dispatchMessage($fd, json_encode([
        'op' => 'queue.join',
        'player' => 'plr_' . dechex(0x5f3a00 + $i * 7),
        'rating' => 1200 + ($i * 37) % 900,
        'region' => $regions[$i % 3],
        'mode' => $i % 5 === 0 ? 'squad' : 'duel',
        'loadout' => [$heroes[$i % 6], $heroes[($i + 2) % 6], 'skin_' . ($i % 40), 'emote_' . ($i % 12)],
        'client' => ['build' => '2.14.' . ($i % 9), 'platform' => $i % 2 ? 'steam' : 'psn', 'latency_ms' => 20 + $i % 80],
    ]));
    $server->dispatchClose($fd);
}
