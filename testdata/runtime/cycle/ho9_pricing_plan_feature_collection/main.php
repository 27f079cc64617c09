<?php
// A Laravel Octane worker whose pricing controller assembles a Plan and adds its features through the plan's FeatureCollection.

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

$worker = new Worker(new Container(), ['/pricing' => [PricingController::class, 'show']]);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('/pricing', ['seats' => (string) ($i % 50 + 1)]));
}
