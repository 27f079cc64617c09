<?php
// A Laravel Octane worker whose pricing controller is a container singleton that assembles its Plan and features once when first resolved.

require __DIR__ . '/vendor/laravel.php';
require __DIR__ . '/app/Billing/Plan.php';
require __DIR__ . '/app/Billing/FeatureCollection.php';
require __DIR__ . '/app/Billing/Feature.php';
require __DIR__ . '/app/Http/Controllers/PricingController.php';

use App\Http\Controllers\PricingController;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Container();
$app->singleton(PricingController::class, fn () => new PricingController());

$worker = new Worker($app, ['/pricing' => [PricingController::class, 'show']]);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('/pricing', ['seats' => (string) ($i % 50 + 1)]));
}
