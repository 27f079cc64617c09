<?php

declare(strict_types=1);

// RoadRunner HTTP worker receiving carrier status webhooks.

require __DIR__ . '/vendor/acme/cache/src/ArrayStore.php';
require __DIR__ . '/vendor/acme/cache/src/CacheManager.php';
require __DIR__ . '/vendor/acme/cache/src/Cache.php';
require __DIR__ . '/app/Tracking/TrackingEvent.php';
require __DIR__ . '/app/Tracking/ShipmentRepository.php';
require __DIR__ . '/app/Tracking/ShipmentStatusUpdater.php';
require __DIR__ . '/app/Webhooks/IdempotencyGuard.php';
require __DIR__ . '/app/Webhooks/CarrierWebhookController.php';

use Acme\Cache\Cache;
use Acme\Cache\CacheManager;
use App\Tracking\ShipmentRepository;
use App\Tracking\ShipmentStatusUpdater;
use App\Webhooks\CarrierWebhookController;
use App\Webhooks\IdempotencyGuard;

// Boot once per worker.
Cache::setManager(new CacheManager(['default' => 'array', 'prefix' => 'trk:']));

$trackingNumbers = [];
for ($p = 0; $p < 40; $p++) {
    $trackingNumbers[] = sprintf('1Z%06dX%08d', 480 + $p, 7_310_000 + $p * 13);
}
$controller = new CarrierWebhookController(
    new IdempotencyGuard(),
    new ShipmentStatusUpdater(new ShipmentRepository($trackingNumbers)),
);

$carriers = ['dhl', 'ups', 'fedex', 'dpd'];
$statusCodes = ['PU', 'IT', 'IT', 'OD', 'DL', 'EX'];
$cities = [['Leipzig', 'DE'], ['Louisville', 'US'], ['Memphis', 'US'], ['Roissy', 'FR'], ['Venlo', 'NL']];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // One incoming request: headers and a JSON body from the carrier.
    $carrier = $carriers[$i % count($carriers)];
    $code = $statusCodes[($i * 7) % count($statusCodes)];
    [$city, $country] = $cities[$i % count($cities)];
    $headers = [
        'Content-Type' => 'application/json',
        'X-Carrier' => strtoupper($carrier),
        'X-Webhook-Delivery' => sprintf('whd_%s_%012x', $carrier, 0x5f3a000 + $i * 977),
    ];
    $body = json_encode([
        'tracking_number' => $trackingNumbers[($i * 11) % count($trackingNumbers)],
        'status_code' => $code,
        'occurred_at' => gmdate(DATE_ATOM, 1_717_000_000 + $i * 61),
        'location' => ['city' => $city, 'country' => $country, 'postal_code' => sprintf('%05d', 10000 + ($i * 37) % 89999)],
        'proof_of_delivery' => $code === 'DL' ? ['signed_by' => 'R. ' . ['Okafor', 'Lindqvist', 'Moreau'][$i % 3]] : null,
        'scan_device' => sprintf('HHT-%04d', $i % 300),
    ]);

    $response = $controller($headers, $body);
    unset($headers, $body, $response);
}
