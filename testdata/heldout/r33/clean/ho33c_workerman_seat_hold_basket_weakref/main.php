<?php

require __DIR__ . '/vendor/workerman/workerman/Worker.php';
require __DIR__ . '/src/Ticketing/SeatHold.php';
require __DIR__ . '/src/Ticketing/Basket.php';
require __DIR__ . '/src/Ticketing/SeatHoldService.php';
require __DIR__ . '/src/Http/HoldController.php';

use Venue\Http\HoldController;
use Venue\Ticketing\SeatHoldService;
use Workerman\Connection\TcpConnection;
use Workerman\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sections = ['FLOOR', 'LOWER-112', 'LOWER-118', 'UPPER-214'];

Worker::feedWith(function (int $seq) use ($n, $sections): ?array {
    if ($seq >= $n) {
        return null;
    }
    $seats = [];
    for ($k = 0; $k < 2; $k++) {
        $seats[] = ['section' => $sections[($seq + $k) % 4], 'seat' => chr(65 + $seq % 20) . '-' . (1 + ($seq * 3 + $k) % 40)];
    }
    $body = json_encode([
        'basket' => sprintf('bsk_%08x', 0x5eed0000 + $seq),
        'event' => 'TOUR26-RDAM-0' . (1 + $seq % 3),
        'email' => 'Fan' . ($seq % 500) . '@Example.org',
        'seats' => $seats,
        'ts' => 1772000000 + $seq * 2,
    ]);

    return [new TcpConnection($seq % 64, '10.0.0.' . ($seq % 250)), $body];
});

$worker = new Worker('websocket://0.0.0.0:2346');
$worker->name = 'seat-holds';
$worker->onWorkerStart = function (Worker $worker): void {
    $service = new SeatHoldService(['FLOOR' => 12500, 'LOWER-112' => 8900, 'LOWER-118' => 8900, 'UPPER-214' => 4950], 600);
    $worker->onMessage = new HoldController($service);
};

$worker->run();
