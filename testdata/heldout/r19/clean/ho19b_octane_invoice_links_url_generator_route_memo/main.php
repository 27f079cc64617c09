<?php

declare(strict_types=1);

require __DIR__ . '/vendor/octane/Worker.php';
require __DIR__ . '/src/Routing/Route.php';
require __DIR__ . '/src/Routing/UrlGenerator.php';
require __DIR__ . '/src/Http/InvoiceController.php';

use App\Http\InvoiceController;
use App\Routing\Route;
use App\Routing\RouteCollection;
use App\Routing\UrlGenerator;
use Laravel\Octane\Worker;

$routes = new RouteCollection();
$routes->add(new Route('invoices.index', 'invoices'));
$routes->add(new Route('invoices.show', 'invoices/{invoice}'));
$routes->add(new Route('invoices.pdf', 'invoices/{invoice}/pdf'));
$routes->add(new Route('checkout.pay', 'pay/{invoice}', ['GET', 'POST'], 'checkout.example.test'));

$controller = new InvoiceController(new UrlGenerator($routes, 'https://billing.example.test'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$requests = (static function () use ($n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield ['invoice' => 100000 + $i, 'customer' => 500 + $i % 40, 'page' => 1 + $i % 5];
    }
})();

(new Worker(static fn (array $request): string => $controller->show($request)))->serve($requests);
