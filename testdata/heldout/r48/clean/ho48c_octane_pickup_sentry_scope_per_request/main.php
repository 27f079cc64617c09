<?php
// Imitates sentry-laravel's Octane support: push a Sentry scope on RequestReceived, pop it on RequestTerminated.
// Octane-style worker for the food bank's donation-pickup API: boot once, serve PHPLEAK_N requests.

$app = require __DIR__.'/bootstrap/app.php';
$worker = new Laravel\Octane\Worker($app, require __DIR__.'/config/octane.php');
$kernel = new App\Http\Kernel();

$donors = ['Riverside Grocers', 'St. Anne Parish', 'Campus Dining Hall', 'Green Valley Farm'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pickupId = 7000 + $i;
    $request = Illuminate\Http\Request::create("/api/pickups/{$pickupId}/confirm", 'POST', [
        'donor' => $donors[$i % 4],
        'address' => (100 + $i).' Harbor Street, Dock '.($i % 9),
        'items' => [
            ['sku' => 'CAN-BEANS', 'kg' => 120 + $i % 50],
            ['sku' => 'FRESH-APPLES', 'kg' => 80],
            ['sku' => 'RICE-25KG', 'kg' => 250],
        ],
    ], ['REMOTE_ADDR' => '10.4.'.($i % 250).'.'.($i % 200), 'HTTP_USER_AGENT' => 'PantryTablet/3.2']);
    $worker->handle($request, $kernel);
}
