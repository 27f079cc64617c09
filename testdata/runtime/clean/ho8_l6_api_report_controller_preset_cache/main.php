<?php
// Laravel API under Octane: routes/api.php maps /api/reports/{report} to ReportController@show, whose injected ReportCache singleton memoizes each rendered report per preset range.

use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Application();
$app->singleton('router', fn (Application $app) => new Router($app));
$app->register(AppServiceProvider::class);
$app->boot();
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/api.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $range = ['today', 'last_7_days', 'last_30_days', 'quarter'][$i % 4];
    $app->make('router')->dispatch(new Request('GET', '/api/reports/sales', ['range' => $range, 'requested_at' => date('c', 1700000000 + $i)]));
}
