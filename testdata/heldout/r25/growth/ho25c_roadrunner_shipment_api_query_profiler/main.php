<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/dbal/Connection.php';
require __DIR__ . '/vendor/acme/dbal/Profiling.php';
require __DIR__ . '/vendor/acme/http-kernel/Kernel.php';
require __DIR__ . '/src/Repository/ShipmentRepository.php';
require __DIR__ . '/src/Controller/ShipmentController.php';
require __DIR__ . '/src/EventListener/DoctrineDataCollectorListener.php';

use Acme\HttpKernel\Request;

$env = [
    'APP_ENV' => 'dev',
    'APP_DEBUG' => (bool) (getenv('APP_DEBUG') === false ? true : getenv('APP_DEBUG')),
    'DATABASE_URL' => 'pgsql://app@db:5432/logistics',
];
$kernel = (require __DIR__ . '/config/services.php')($env);

// RoadRunner worker loop: one kernel, many requests.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $request = new Request('GET', '/api/shipments/' . (880000 + $i * 17), ['id' => (string) (880000 + $i * 17)], [
        'accept' => 'application/json',
        'x-request-id' => bin2hex(pack('NN', $i, crc32("rr$i"))),
    ]);
    $response = $kernel->handle($request);
    unset($request, $response);
}
