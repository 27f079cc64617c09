<?php

require __DIR__ . '/vendor/laravel/octane-lite/Foundation.php';
require __DIR__ . '/app/Models/CheckIn.php';
require __DIR__ . '/app/Services/CheckInFeed.php';
require __DIR__ . '/app/Support/Facades/FrontDesk.php';
require __DIR__ . '/app/Http/Controllers/CheckInController.php';

use App\Http\Controllers\CheckInController;
use Illuminate\Foundation\Request;

$app = require __DIR__ . '/bootstrap/app.php';
$controller = new CheckInController();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clubs = ['ams-west', 'ams-zuid', 'utr-centrum'];
$plans = ['basic', 'plus', 'black'];
$firstNames = ['Sanne', 'Jeroen', 'Fatima', 'Luuk', 'Noor', 'Daan', 'Yara'];
$start = 1767250800;

for ($i = 0; $i < $n; $i++) {
    $request = new Request('POST', '/api/check-ins', [
        'member_id' => 40000 + ($i * 7) % 9000,
        'name' => $firstNames[$i % 7] . ' ' . chr(65 + $i % 26) . '.',
        'plan' => $plans[$i % 3],
        'club' => $clubs[$i % 3],
        'scanned_at' => $start + $i * 13,
    ], ['x-turnstile' => 'gate-' . ($i % 4 + 1)]);

    $response = $controller->store($request);
    $app->flushRequestState();
    unset($request, $response);
}
