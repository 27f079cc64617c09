<?php
// Laravel billing app under Octane: ExportController@download re-registers the exportCsv ResponseFactory macro for the current export and renders it as CSV.

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\ResponseFactory;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
$app->singleton(ResponseFactory::class);
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/exports/' . (7000 + $i) . '/download', ['note' => str_repeat('net 30 ', 12)]);
    $app->make('router')->dispatch($request);
}
