<?php
// Laravel billing app under Octane: AppServiceProvider binds InvoiceDraftStore with scoped(), and InvoiceLineController@store adds each request's line items to it.

use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = new Application();
$app->singleton('router', fn (Application $app) => new Router($app));
$app->register(AppServiceProvider::class);
$app->boot();
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';
$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [["Consulting, week {$i}", 40, 12500], ['Hosting ' . str_repeat('(eu-central) ', 20), 1, 4900]];
    $worker->handle(new Request('POST', '/invoices/INV-' . (10000 + $i) . '/lines', ['lines' => $lines]));
}
