<?php

declare(strict_types=1);

require __DIR__ . '/support/Octane.php';
require __DIR__ . '/src/Menu/MenuItem.php';
require __DIR__ . '/src/Menu/MenuBuilder.php';
require __DIR__ . '/src/Http/NavigationController.php';

use App\Http\NavigationController;
use App\Menu\MenuBuilder;
use App\Support\Application;
use App\Support\OctaneWorker;
use App\Support\Request;

$app = new Application();
$app->singleton(MenuBuilder::class, static fn () => new MenuBuilder([
    'Billing' => [['Invoices', 'invoices'], ['Credit notes', 'credit-notes']],
    'Orders' => [['Open orders', 'orders/open'], ['Returns', 'orders/returns']],
]));
$app->bind(NavigationController::class, static fn (Application $app) => new NavigationController(
    $app->makeShared(MenuBuilder::class),
));

$worker = new OctaneWorker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tenants = ['acme', 'globex', 'initech'];
for ($i = 0; $i < $n; $i++) {
    $tenant = $tenants[$i % 3];
    $request = new Request('GET', '/' . $tenant . '/invoices', ['tenant' => $tenant, 'user' => 'user' . $i]);
    $response = $worker->handle($request);
    unset($request, $response);
}
