<?php

// RoadRunner jobs worker billing finished scooter and e-bike trips.

require __DIR__ . '/vendor/spiral/roadrunner/Worker.php';
require __DIR__ . '/src/Trip/Trip.php';
require __DIR__ . '/src/Billing/Invoice.php';
require __DIR__ . '/src/Billing/InvoiceFactory.php';
require __DIR__ . '/src/Billing/TripBillingHandler.php';

use App\Billing\InvoiceFactory;
use App\Billing\PaymentGateway;
use App\Billing\TariffTable;
use App\Billing\TripBillingHandler;
use Spiral\RoadRunner\Jobs\Consumer;
use Spiral\RoadRunner\Jobs\ReceivedTask;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$tariffs = new TariffTable([
    'scooter' => ['currency' => 'EUR', 'unlock' => 100, 'per_minute' => 25, 'parking_fee' => 300, 'parking_fee_zones' => ['kreuzberg-north', 'mitte-east']],
    'ebike' => ['currency' => 'EUR', 'unlock' => 100, 'per_minute' => 30, 'parking_fee' => 300, 'parking_fee_zones' => ['mitte-east']],
]);
$handler = new TripBillingHandler(new InvoiceFactory($tariffs, 'BER'), new PaymentGateway());

$consumer = new Consumer(function () use ($n) {
    $zones = ['mitte-west', 'mitte-east', 'kreuzberg-north', 'friedrichshain'];
    $kinds = ['scooter', 'ebike'];
    for ($i = 0; $i < $n; $i++) {
        $started = 1767225600 + $i * 37;
        yield new ReceivedTask(
            'job-' . bin2hex(pack('N', $i)),
            'trip-billing',
            'trip.ended',
            json_encode([
                'trip_id' => sprintf('trp_%06d', 400000 + $i),
                'rider_id' => sprintf('usr_%05d', ($i * 13) % 90000),
                'vehicle' => ['id' => sprintf('SC-%04d', ($i * 7) % 3000), 'kind' => $kinds[$i % 2]],
                'started_at' => $started,
                'ended_at' => $started + 300 + ($i % 17) * 60,
                'distance_m' => 800 + ($i % 23) * 110,
                'start_zone' => $zones[$i % 4],
                'end_zone' => $zones[($i + 1) % 4],
            ]),
            ['Content-Type' => ['application/json']],
        );
    }
});

while ($task = $consumer->waitTask()) {
    try {
        $handler->handle(json_decode($task->getPayload(), true, 16, JSON_THROW_ON_ERROR));
        $task->ack();
    } catch (\Throwable $e) {
        $task->nack($e);
    }
}
