<?php

use App\Jobs\RouteMaintenanceTicket;
use Illuminate\Queue\DatabaseQueue;
use Illuminate\Queue\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

$requests = [
    ['plumbing', 'Kitchen sink draining slowly', 'Water takes several minutes to drain after doing dishes, there is a gurgling sound from the pipe under the sink.'],
    ['plumbing', 'Bathroom flood from upstairs unit', 'Water is coming through the bathroom ceiling light fixture and pooling on the floor, towels are not keeping up.'],
    ['hvac', 'No heat in the apartment', 'Thermostat set to 70 but the unit is at 58, the furnace clicks on and shuts off after a few seconds.'],
    ['appliance', 'Dishwasher not latching', 'The dishwasher door will not latch closed so the cycle will not start, the latch looks bent.'],
    ['electrical', 'Outlet sparking in bedroom', 'The outlet next to the bed sparked when a phone charger was plugged in, there is a burnt smell.'],
    ['hvac', 'Filter replacement due', 'The quarterly HVAC filter has not been changed since move in, airflow seems weaker than before.'],
];
$properties = ['MAPLE-CT', 'RIVERSIDE', 'ELM-LOFTS', 'BAYVIEW'];

$queue = new DatabaseQueue(static function (string $queue, int $seq) use ($requests, $properties): string {
    [$trade, $summary, $description] = $requests[$seq % count($requests)];
    $job = new RouteMaintenanceTicket([
        'ticket_id' => 880000 + $seq,
        'property' => $properties[$seq % count($properties)],
        'unit' => sprintf('%d%s', 1 + $seq % 14, chr(65 + $seq % 3)),
        'trade' => $trade,
        'summary' => $summary,
        'description' => $description . " Submitted via tenant portal, request $seq.",
        'photos' => [
            sprintf('https://cdn.example-pm.com/tickets/%d/photo-1.jpg', 880000 + $seq),
            sprintf('https://cdn.example-pm.com/tickets/%d/photo-2.jpg', 880000 + $seq),
        ],
        'phone' => sprintf('(555) 01%d-%04d', $seq % 10, $seq % 10000),
        'pte' => $seq % 2 === 0,
    ]);
    return json_encode(['uuid' => sprintf('%08x', $seq), 'data' => ['commandName' => RouteMaintenanceTicket::class, 'command' => serialize($job)]]);
}, (int) (getenv('PHPLEAK_N') ?: 100));

$worker = new Worker($queue, $app);
$worker->daemon('maintenance');
