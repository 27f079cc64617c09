<?php
// A Laravel Octane shop whose checkout controller records metrics through a Metrics facade backed by a container singleton.

require __DIR__ . '/vendor/laravel.php';
require __DIR__ . '/app/Services/MetricsCollector.php';
require __DIR__ . '/app/Support/Facades/Metrics.php';
require __DIR__ . '/app/Http/Controllers/CheckoutController.php';

use App\Http\Controllers\CheckoutController;
use App\Services\MetricsCollector;
use Illuminate\Foundation\Application;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Application();
$app->singleton('metrics', static fn (): MetricsCollector => new MetricsCollector('shop.'));
Facade::setFacadeApplication($app);
$worker = new Worker($app, require __DIR__ . '/config/octane.php');
$checkout = new CheckoutController();

for ($i = 0; $i < $n; $i++) {
    $items = [];
    foreach (range(1, 4) as $line) {
        $items[] = ['sku' => "SKU-{$i}-{$line}-" . str_repeat('x', 20), 'price' => 9.5 * $line];
    }
    $worker->handle([$checkout, 'store'], ['order' => sprintf('ORD-%06d', $i), 'coupon' => $i % 3 ? null : "SPRING{$i}", 'items' => $items]);
}
