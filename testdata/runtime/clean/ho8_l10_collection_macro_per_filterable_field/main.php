<?php
// Laravel shop under Octane: ProductSearchController@index registers one Collection macro per filterable field (whereBrand, whereColor, whereSize) on first use.

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $field = ['brand', 'color', 'size'][$i % 3];
    $app->make('router')->dispatch(new Request('GET', '/products', ['field' => $field, 'value' => "value-{$i}-" . str_repeat('x', 120)]));
}
