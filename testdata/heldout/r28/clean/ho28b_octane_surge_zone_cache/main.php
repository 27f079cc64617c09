<?php
declare(strict_types=1);

// Laravel Octane worker: the application is booted once and then serves
// ride quote requests until the worker is recycled.
require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/bootstrap/app.php';

use App\Http\QuoteController;
use App\Http\QuoteRequest;

$app = bootstrap_application(__DIR__);

$vehicleClasses = ['moto', 'standard', 'standard', 'xl'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $payload = [
        'rider_id' => 'rdr_' . (100000 + ($i * 7919) % 40000),
        'pickup' => [
            'lat' => 52.330 + (($i * 7919) % 971) / 10000,
            'lng' => 4.830 + (($i * 104729) % 997) / 10000,
        ],
        'dropoff' => [
            'lat' => 52.340 + (($i * 1543) % 613) / 10000,
            'lng' => 4.850 + (($i * 3571) % 809) / 10000,
        ],
        'vehicle_class' => $vehicleClasses[$i % count($vehicleClasses)],
        'requested_at' => 1718000000 + $i * 11,
    ];

    $request = QuoteRequest::fromArray($payload);
    $response = $app->make(QuoteController::class)($request);
    $body = json_encode($response);

    // Octane's RequestTerminated listeners flush scoped bindings.
    $app->forgetScopedInstances();
    unset($request, $response, $body);
}
