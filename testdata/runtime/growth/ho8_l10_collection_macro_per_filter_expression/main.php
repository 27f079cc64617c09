<?php
// Laravel shop under Octane: ProductSearchController@index compiles each ?where= expression into a Collection macro named after the expression's hash.

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
    $where = "brand=acme;color=red;campaign=spring-sale-{$i};ref=" . str_repeat('newsletter', 12);
    $app->make('router')->dispatch(new Request('GET', '/products', ['where' => $where]));
}
