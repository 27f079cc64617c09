<?php
// An Octane-style worker serves shipping-quote requests while the carrier API is in maintenance; every failed upstream call is reported through the app's exception handler, which is set to skip duplicate reports.

require __DIR__ . '/src/Illuminate/Http/Request.php';
require __DIR__ . '/src/Illuminate/Http/JsonResponse.php';
require __DIR__ . '/src/Illuminate/Log/NullLogger.php';
require __DIR__ . '/src/Illuminate/Contracts/Debug/ExceptionHandler.php';
require __DIR__ . '/src/Illuminate/Foundation/Exceptions/Handler.php';
require __DIR__ . '/app/Exceptions/UpstreamUnavailableException.php';
require __DIR__ . '/app/Exceptions/Handler.php';
require __DIR__ . '/app/Services/ShippingRatesClient.php';
require __DIR__ . '/app/Http/Controllers/ShippingQuoteController.php';
require __DIR__ . '/app/Http/Kernel.php';

use App\Exceptions\Handler;
use App\Http\Controllers\ShippingQuoteController;
use App\Http\Kernel;
use App\Services\ShippingRatesClient;
use Illuminate\Http\Request;
use Illuminate\Log\NullLogger;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Resolved once when the worker boots and shared by every request it serves.
$kernel = new Kernel(
    new ShippingQuoteController(new ShippingRatesClient('https://carrier-hub.example.test', true)),
    new Handler(new NullLogger()),
);

$statuses = [];
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/api/shipping/quote', ['accept' => 'application/json'], [
        'postcode' => sprintf('%05d', 10115 + $i % 900),
        'weight' => 250 + $i % 4000,
    ]);

    $status = $kernel->handle($request)->getStatusCode();
    $statuses[$status] = ($statuses[$status] ?? 0) + 1;
}
