<?php

require __DIR__ . '/vendor/amphp/http-server/src/Server.php';
require __DIR__ . '/src/Context/HasContextStack.php';
require __DIR__ . '/src/Context/PlayerContext.php';
require __DIR__ . '/src/Lobby/LobbyService.php';
require __DIR__ . '/src/Http/PlayerContextMiddleware.php';
require __DIR__ . '/src/Http/JoinLobbyHandler.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use Lobby\Game\LobbyService;
use Lobby\Http\JoinLobbyHandler;
use Lobby\Http\PlayerContextMiddleware;

use function Amp\Http\Server\stackMiddleware;

$lobbies = new LobbyService(['trios-eu' => 3, 'trios-na' => 3, 'quads-eu' => 4]);
$server = new SocketHttpServer();
$server->expose('0.0.0.0:8080');
$server->start(stackMiddleware(new JoinLobbyHandler($lobbies), new PlayerContextMiddleware()));

$lobbyIds = ['trios-eu', 'trios-na', 'quads-eu'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->dispatch(new Request('POST', '/lobbies/' . $lobbyIds[$i % 3] . '/join', [
        'x-request-id' => sprintf('req-%08x', 0x1f000 + $i),
        'x-player-id' => 'pl_' . (530000 + $i * 7),
        'x-player-name' => 'Sniper' . ($i * 13 % 5000),
        'x-party-size' => (string) (1 + ($i * 5) % 4),
        'x-region' => $i % 2 ? 'eu' : 'na',
        'user-agent' => 'ArenaClient/3.8.' . ($i % 6) . ' (Windows NT 10.0; Win64; x64)',
        'x-client-build' => 'b' . (20240 + $i % 3),
        'x-entitlements' => 'season_pass,cosmetics_bundle_' . ($i % 4) . ',ranked',
        'accept' => 'application/json',
        'cookie' => 'sid=' . md5('sess' . $i),
    ], json_encode(['preferred_roles' => ['support', 'flank'][$i % 2], 'voice' => $i % 3 === 0, 'crossplay' => true, 'loadout' => 'kit_' . ($i % 17)])));
}
