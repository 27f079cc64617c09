<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/events/src/EventDispatcher.php';
require __DIR__ . '/src/Customers.php';
require __DIR__ . '/src/Http.php';

use App\Http\Container;
use App\Http\CustomerController;
use App\Http\Request;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$container = new Container();
$controller = new CustomerController($container);

for ($i = 0; $i < $n; $i++) {
    $request = new Request($i % 5 === 0 ? 'PATCH' : 'GET', 1000 + $i);
    try {
        $controller($request);
    } finally {
        $container->forgetScopedInstances();
    }
}
