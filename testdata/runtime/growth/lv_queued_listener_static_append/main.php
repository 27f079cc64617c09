<?php
// Laravel queue worker: `php artisan queue:work` boots one Application and runs queued jobs in a loop.
// EventServiceProvider::$listen maps OrderShipped to UpdateShippingStatistics, a ShouldQueue listener: the
// dispatcher queues it and the worker calls handle(OrderShipped) once per job; it appends to a static list.

require_once __DIR__ . '/vendor/autoload.php';

use App\Events\OrderShipped;
use Illuminate\Contracts\Console\Kernel;

$app = require __DIR__ . '/bootstrap/app.php';
$artisan = $app->make(Kernel::class);
$artisan->bootstrap();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // What the web tier fired: one event per shipped order, queued for the worker.
    event(new OrderShipped(90000 + $i, ['DHL', 'UPS', 'DPD'][$i % 3], sprintf('1Z%016d', $i), 400 + ($i * 37) % 30000, str_repeat("Flat {$i}, 12 Canal Street, Manchester M1 3HW; ", 18)));
}

$artisan->call('queue:work', ['connection' => 'database', '--stop-when-empty' => true]);
