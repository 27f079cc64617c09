<?php

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/roadrunner/Worker.php';
require __DIR__ . '/src/PunchList/PunchItem.php';
require __DIR__ . '/src/PunchList/PunchItemCollection.php';
require __DIR__ . '/src/PunchList/PunchListBoard.php';
require __DIR__ . '/src/Http/RaisePunchItemController.php';

use App\Http\RaisePunchItemController;
use App\PunchList\PunchListBoard;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Request;
use Spiral\RoadRunner\Http\Response;

$config = require __DIR__ . '/config/app.php';
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$areas = $config['punch_list']['areas'];
$trades = ['painting', 'joinery', 'tiling', 'electrical', 'doors-hardware'];

$worker = new PSR7Worker(static function (int $i) use ($n, $areas, $trades): ?Request {
    if ($i >= $n) {
        return null;
    }
    return new Request('POST', '/punch-items', ['user' => 'inspector' . ($i % 5)], json_encode([
        'ref' => sprintf('PI-%06d', $i),
        'area' => $areas[$i % count($areas)],
        'trade' => $trades[$i % count($trades)],
        'description' => sprintf('Room %d.%02d: paint touch-up to door frame architrave, scuff marks at skirting near switch plate, silicone bead to vanity incomplete, door closer %d needs adjustment (slams), ceiling tile stained near sprinkler head %d; confirm with builder before handover walk on day %d.', 1 + $i % 4, $i % 60, $i % 30, $i % 90, $i % 21),
        'ts' => 1700000000 + $i * 60,
    ]));
});

// Kernel boot: services live for the whole worker lifetime.
$board = new PunchListBoard($areas);
$controller = new RaisePunchItemController($board);

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller($request));
    } catch (\Throwable $e) {
        $worker->respond(new Response(500, $e->getMessage()));
    }
}
