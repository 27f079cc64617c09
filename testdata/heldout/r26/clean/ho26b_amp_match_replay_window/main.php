<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Replay/MatchEventStore.php';
require __DIR__ . '/src/Replay/MatchReplay.php';
require __DIR__ . '/src/Http/ReplayHandler.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\Router;
use App\Http\ReplayHandler;
use App\Replay\MatchEventStore;

// Boot: load today's fixtures and wire the router.
$store = new MatchEventStore();
$squads = ['Silva', 'Costa', 'Okoro', 'Lindqvist', 'Moreau', 'Tanaka', 'Haaland', 'Pereira'];
foreach (['por-ben-2024-11-30', 'eng-ars-2024-11-30', 'esp-sev-2024-11-30'] as $k => $matchId) {
    $events = [];
    for ($e = 0; $e < 24; $e++) {
        $events[] = [
            'minute' => 3 + $e * 4,
            'type' => ['card', 'goal', 'sub', 'var'][($e + $k) % 4],
            'team' => $e % 3 ? 'home' : 'away',
            'player' => $squads[($e * 5 + $k) % count($squads)],
        ];
    }
    $store->load($matchId, $events);
}
$router = new Router();
$router->addRoute('GET', '/matches/{match}/replay', new ReplayHandler($store));

$matches = ['por-ben-2024-11-30', 'eng-ars-2024-11-30', 'esp-sev-2024-11-30'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/matches/' . $matches[$i % 3] . '/replay', ['since' => (string) ($i * 7 % 45)], [
        'accept-language' => $i % 4 === 0 ? 'pt-PT,pt;q=0.9' : 'en-GB,en;q=0.8',
        'x-viewer-id' => sprintf('v-%06d', ($i * 7919) % 1000000),
    ]);
    $response = $router->handleRequest($request);
}
