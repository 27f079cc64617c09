<?php
// Laravel API under Octane: routes/api.php maps /api/exports/orders/{month} to the invokable ExportOrdersController, which collects CSV rows on its own property.

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/api.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $orders = array_map(fn (int $k) => ['id' => "{$i}-{$k}", 'customer' => "c{$k}@example.com", 'total' => $k * 1999, 'note' => str_repeat('gift ', 20)], range(1, 4));
    $app->make('router')->dispatch(new Request('GET', '/api/exports/orders/2024-' . ($i % 12 + 1), ['orders' => $orders]));
}
