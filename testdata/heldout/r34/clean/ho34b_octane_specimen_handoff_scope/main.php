<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel-lite/Container.php';
require __DIR__ . '/vendor/laravel-lite/Facade.php';
require __DIR__ . '/vendor/laravel-lite/Http.php';
require __DIR__ . '/vendor/laravel-lite/Octane.php';
require __DIR__ . '/app/Custody/HandoffContext.php';
require __DIR__ . '/app/Custody/CustodyLedger.php';
require __DIR__ . '/app/Custody/CustodyBreachException.php';
require __DIR__ . '/app/Custody/StorageRequirements.php';
require __DIR__ . '/app/Support/Facades/Custody.php';
require __DIR__ . '/app/Http/Middleware/OpenCustodyScope.php';
require __DIR__ . '/app/Http/Controllers/SpecimenHandoffController.php';
require __DIR__ . '/app/Exceptions/Handler.php';
require __DIR__ . '/app/Http/Kernel.php';

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';
$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$types = ['WB-EDTA', 'SERUM', 'PLASMA-FROZEN', 'URINE', 'SERUM', 'WB-EDTA'];
$staff = ['courier.hansen', 'tech.abara', 'tech.moreau', 'courier.diaz', 'biobank.ito'];

for ($i = 0; $i < $n; $i++) {
    $type = $types[$i % count($types)];
    $base = $type === 'PLASMA-FROZEN' ? -70.0 : ($type === 'URINE' ? 12.0 : 5.0);
    $log = [];
    for ($t = 0; $t < 12; $t++) {
        // every third shipment sat on a loading dock for a while
        $log[] = round($base + (($i * 7 + $t * 3) % 10) / 4 + ($i % 3 === 0 && $t > 8 ? 6.5 : 0.0), 1);
    }
    $released = $staff[$i % 5];
    $received = $staff[($i + 1 + intdiv($i, 5)) % 5];
    $worker->handle(new Request('POST', '/api/custody/handoffs', [
        'specimen' => ['barcode' => sprintf('bb24-%s-%06d', strtolower(substr($type, 0, 2)), 120000 + $i), 'type' => $type],
        'released_by' => $released,
        'received_by' => $received,
        'from' => sprintf('SITE-%02d/collection-room', 1 + $i % 14),
        'to' => sprintf('BIOBANK/%s/rack-%02d/box-%03d', $type === 'PLASMA-FROZEN' ? 'ULT-02' : 'FRIDGE-05', 1 + $i % 20, 1 + intdiv($i, 81)),
        'transport' => ['logger' => 'TL-' . (4400 + $i % 25), 'temperature_log' => $log],
        'signature' => "{$released}|{$received}|" . (1717000000 + $i * 900),
        'received_at' => date(DATE_ATOM, 1717000000 + $i * 900),
    ], ['x-request-id' => bin2hex(random_bytes(8))]));
}
