<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Support/FlightKey.php';
require __DIR__ . '/app/Support/FlightStatus.php';
require __DIR__ . '/app/Services/FlightStatusBoard.php';
require __DIR__ . '/app/Services/AodbFeed.php';
require __DIR__ . '/app/Facades/FlightBoard.php';
require __DIR__ . '/app/Http/FlightStatusController.php';

use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';
$worker = new Worker($app, scoped: [\App\Http\FlightStatusController::class]);

// Today's departures bank, loaded once at worker boot.
$departures = [
    ['BA', 117, 'JFK', '5'], ['BA', 283, 'LAX', '5'], ['VS', 3, 'JFK', '3'],
    ['AA', 101, 'JFK', '3'], ['LH', 903, 'FRA', '2'], ['AF', 1381, 'CDG', '4'],
    ['EK', 2, 'DXB', '3'], ['QF', 2, 'SIN', '3'], ['BA', 432, 'AMS', '5'],
    ['UA', 919, 'IAD', '2'], ['KL', 1010, 'AMS', '4'], ['SQ', 317, 'SIN', '2'],
];
$statuses = ['SCH', 'BRD', 'GCL', 'DEL', 'DEP'];
$codeshares = [['AA', 'IB'], ['QR'], ['DL', 'KL'], [], ['LX', 'OS', 'SN']];
$handlers = ['dnata UK', 'Swissport', 'Menzies Aviation', 'British Airways Ground Ops'];
$bankStart = 1714550400; // 2024-05-01 08:00Z

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    [$carrier, $number, $dest, $terminal] = $departures[$i % count($departures)];
    $std = $bankStart + ($i % count($departures)) * 900;
    $now = $bankStart - 3600 + $i * 7;
    $request = [
        'path' => '/api/departures/status',
        'time' => $now,
        'body' => [
            'carrier' => $carrier,
            'flight_no' => (string) $number,
            'destination' => $dest,
            'terminal' => $terminal,
            'gate' => chr(65 + $i % 6) . (10 + $i % 23),
            'status' => $statuses[$i % count($statuses)],
            'note' => sprintf(
                'AODB msg %08d from %s, stand %d, handled by %s',
                40000000 + $i,
                'AODB-LHR-PRIMARY',
                500 + $i % 80,
                $handlers[$i % count($handlers)],
            ),
            'codeshares' => $codeshares[$i % count($codeshares)],
            'scheduled_off_block' => gmdate('Y-m-d\TH:i:s\Z', $std),
            'estimated_off_block' => gmdate('Y-m-d\TH:i:s\Z', $std + 60 * ($i % 240) + 3600 * intdiv($i, 240)),
        ],
    ];
    $worker->handle($request);
}
