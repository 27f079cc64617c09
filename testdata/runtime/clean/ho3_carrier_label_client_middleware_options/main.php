<?php
// A warehouse packing-station daemon requests a shipping label from the carrier API for every packed parcel, using a Guzzle handler stack with auth, retry and idempotency middleware.

declare(strict_types=1);

require __DIR__ . '/lib/GuzzleHttp/Psr7/Request.php';
require __DIR__ . '/lib/GuzzleHttp/HandlerStack.php';
require __DIR__ . '/lib/GuzzleHttp/Middleware.php';
require __DIR__ . '/src/Http/CarrierSandboxHandler.php';
require __DIR__ . '/src/Shipping/LabelRequest.php';
require __DIR__ . '/src/Shipping/CarrierApiClient.php';

use App\Http\CarrierSandboxHandler;
use App\Shipping\CarrierApiClient;
use App\Shipping\LabelRequest;
use GuzzleHttp\HandlerStack;

$client = new CarrierApiClient(new HandlerStack(new CarrierSandboxHandler()), 'https://api.sandbox.carrier.example', 'sk_test_51H8x');
$printed = [];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $label = new LabelRequest('PKG-' . (880000 + $i), 'Erika Mustermann', 'Heidestrasse ' . ($i % 90 + 1) . ', 10557 Berlin', 250 + $i % 4000);
    $labelId = $client->createLabel($label);
    $printed[$i % 16] = $labelId;
}
