<?php

declare(strict_types=1);

use App\Http\CheckoutController;
use App\Listeners\FlushConfiguredServices;
use App\Octane\Dispatcher;
use App\Octane\Request;
use App\Octane\RequestTerminated;
use App\Octane\Worker;
use App\Providers\AppServiceProvider;

require __DIR__ . '/src/Support/Services.php';
require __DIR__ . '/src/Diagnostics/Breadcrumbs.php';
require __DIR__ . '/src/Octane/Worker.php';
require __DIR__ . '/src/Listeners/FlushConfiguredServices.php';
require __DIR__ . '/src/Providers/AppServiceProvider.php';
require __DIR__ . '/src/Http/CheckoutController.php';

$octane = require __DIR__ . '/config/octane.php';

(new AppServiceProvider())->register();

$events = new Dispatcher();
$events->listen(RequestTerminated::class, new FlushConfiguredServices($octane['flush']));

$worker = new Worker($events, new CheckoutController());

$requests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $requests; $i++) {
    $worker->handle(new Request('POST', '/checkout', [
        'items' => [['sku' => 'SKU-' . ($i % 40), 'qty' => 1 + $i % 3]],
        'coupon' => $i % 4 === 0 ? 'WINTER-' . $i : null,
        'shipping' => $i % 2 === 0 ? 'express' : 'standard',
    ], hash('sha256', 'session-' . $i)));
}
