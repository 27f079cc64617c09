<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole-lite/Server.php';
require __DIR__ . '/src/Itinerary/Segments.php';
require __DIR__ . '/src/Itinerary/Itinerary.php';
require __DIR__ . '/src/Itinerary/ItineraryBuilder.php';
require __DIR__ . '/src/Pricing/Quote.php';
require __DIR__ . '/src/Pricing/QuoteMemo.php';
require __DIR__ . '/src/Pricing/MemoizesSegmentQuotes.php';
require __DIR__ . '/src/Pricing/SegmentPricer.php';
require __DIR__ . '/src/Http/TripController.php';

use Swoole\Http\Request;
use Swoole\Http\Server;
use Trip\Http\TripController;
use Trip\Itinerary\ItineraryBuilder;
use Trip\Pricing\SegmentPricer;

$controller = new TripController(
    new ItineraryBuilder(),
    new SegmentPricer(['DBL' => 129.0, 'TWN' => 119.0, 'SUI' => 310.0]),
);

$server = new Server('0.0.0.0', 9501);
$server->set(['worker_num' => 1, 'max_request' => 0]);
$server->on('request', $controller);
$server->feedWith(static function (Request $request, int $i): void {
    $day = 1767225600 + 86400 * ($i % 200);
    $request->header = ['content-type' => 'application/json', 'x-request-id' => sprintf('%016x', 0xabc000 + $i)];
    $request->post = [
        'trip_id' => 'TRP' . (700000 + $i),
        'currency' => ['EUR', 'GBP', 'USD'][$i % 3],
        'travellers' => [
            ['first' => 'Ana', 'last' => 'Silva' . $i],
            ['first' => 'Rui', 'last' => 'Costa' . $i],
        ],
        'flight' => [
            'pnr' => strtoupper(substr(md5((string) $i), 0, 6)),
            'carrier' => ['TP', 'IB', 'FR'][$i % 3],
            'from' => 'LIS', 'to' => ['FNC', 'PDL', 'OPO'][$i % 3],
            'dep' => date('Y-m-d\TH:i', $day + 3600 * 8),
            'arr' => date('Y-m-d\TH:i', $day + 3600 * 10),
            'class' => 'Y',
        ],
        'hotel' => [
            'confirmation' => 'HX' . (91000000 + $i),
            'chain' => ['Pestana', 'Vila Gale', 'Tivoli'][$i % 3],
            'check_in' => date('Y-m-d', $day),
            'check_out' => date('Y-m-d', $day + 86400 * (2 + $i % 5)),
            'room' => ['DBL', 'TWN', 'SUI'][$i % 3],
            'board' => 'BB',
        ],
    ];
});
$server->start();
