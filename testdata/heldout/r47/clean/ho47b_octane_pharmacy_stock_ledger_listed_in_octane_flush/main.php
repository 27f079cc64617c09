<?php

declare(strict_types=1);

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';
$worker = new Worker($app);

$skus = ['AMOX-250', 'MELOX-1.5', 'GABA-100', 'BUPRE-0.3', 'CEFO-80'];
$vets = ['Dr. A. Okafor', 'Dr. L. Brennan', 'Dr. S. Marchetti'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $request = new Request('POST', '/pharmacy/dispense', [
        'rx' => sprintf('RX-%06d', $i),
        'sku' => $skus[$i % count($skus)],
        'qty' => 1 + $i % 4,
        'patient' => sprintf('Patient #%d (%s)', 40000 + $i, ['Bella', 'Max', 'Cleo', 'Tiger'][$i % 4]),
        'prescriber' => $vets[$i % count($vets)],
        'directions' => str_repeat('Give one tablet by mouth every 12 hours with food. ', 5) . "Ref {$i}.",
        'ts' => 1735689600 + $i * 60,
    ], ['X-Clinic' => 'riverside']);
    $worker->handle($request);
}
