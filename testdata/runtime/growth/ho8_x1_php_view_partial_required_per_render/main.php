<?php
// Laravel dashboard under Octane: DashboardController renders the plain-PHP partial resources/views/partials/revenue-chart.php, which the PhpEngine requires on every render and whose top-level code pushes the chart script onto AssetStack.

use App\Http\Controllers\DashboardController;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\View\Engines\PhpEngine;
use Illuminate\View\Factory;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton(Factory::class, fn (Container $app) => new Factory(new PhpEngine(), __DIR__ . '/resources/views'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $html = $app->make(DashboardController::class)->show(new Request('GET', '/dashboard', ['account' => "acct-{$i}", 'base' => 1000 + $i]));
}
