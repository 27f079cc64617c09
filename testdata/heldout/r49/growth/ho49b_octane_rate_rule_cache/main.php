<?php
// Octane worker serving rental quotes: GET /api/quotes?branch=..&class=..&pickup=..&days=..

require __DIR__ . '/vendor/autoload.php';

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$worker = new Worker(static fn () => require __DIR__ . '/bootstrap/app.php');
$worker->boot();

$branches = ['LHR-T5', 'MAN-AP', 'EDI-WAV', 'BHX-NS'];
$classes = ['MBMR', 'EDMR', 'CDMR', 'IDAR', 'PDAR'];
$firstPickup = new DateTimeImmutable('2025-03-01 08:00');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $pickup = $firstPickup->modify('+' . ($i * 30) . ' minutes');
    $request = Request::create('/api/quotes', 'GET', [
        'branch' => $branches[$i % 4],
        'class' => $classes[$i % 5],
        'pickup' => $pickup->format('Y-m-d\TH:i'),
        'days' => (string) (1 + $i % 10),
    ]);
    $response = $worker->handle($request);
    unset($request, $response);
}
