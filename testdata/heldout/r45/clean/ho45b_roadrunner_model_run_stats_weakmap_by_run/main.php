<?php

declare(strict_types=1);

use Nwp\Api\Kernel;
use Nwp\Api\Services;
use Nyholm\Psr7\Factory\Psr17Factory;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

require __DIR__ . '/vendor/autoload.php';

Services::boot(require __DIR__ . '/src/services.php');

$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
$kernel = Services::get(Kernel::class);

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($kernel->handle($request));
    } catch (\Throwable $e) {
        $psr7->respond(new Response(500, [], $e->getMessage()));
    }
}
