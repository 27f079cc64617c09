<?php
// Laravel store locator under Octane: AppServiceProvider binds the Geocoder contract with singleton() to a CachingGeocoder that memoizes every address StoreLocatorController@nearest looks up.

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
    $address = sprintf('%d %s Street, Apartment %d, %s', 10 + $i % 90, str_repeat('Linden', 45), $i, 'Berlin, Germany');
    $worker->handle(new Request('GET', '/stores/nearest', ['address' => $address]));
}
