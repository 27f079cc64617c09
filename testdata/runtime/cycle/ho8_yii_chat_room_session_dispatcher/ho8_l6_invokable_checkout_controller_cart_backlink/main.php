<?php
// Laravel shop under Octane: routes/web.php sends POST /checkout to the invokable CheckoutController, which builds a Cart whose items point back to it.

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
    $lines = [["SKU-{$i}-A", 2, 1299], ["SKU-{$i}-B", 1, 4999], ["SKU-{$i}-C", 3, 350]];
    $app->make('router')->dispatch(new Request('POST', '/checkout', ['customer' => "customer-{$i}@example.com", 'lines' => $lines]));
}
