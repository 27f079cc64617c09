<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/src/Database.php';
require __DIR__ . '/src/Concerns/RemembersLookups.php';
require __DIR__ . '/src/Repositories/ProductRepository.php';
require __DIR__ . '/src/Repositories/CustomerRepository.php';
require __DIR__ . '/src/Http/ProductController.php';

use App\Database;
use App\Http\ProductController;
use App\Repositories\CustomerRepository;
use App\Repositories\ProductRepository;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Laravel\Octane\Worker;

// bootstrap/app.php
$app = new Application();
$app->singleton(Database::class, static fn () => new Database());
$app->singleton(ProductRepository::class, static fn ($app) => new ProductRepository($app->make(Database::class)));
$app->singleton(CustomerRepository::class, static fn ($app) => new CustomerRepository($app->make(Database::class)));
$app->bind(ProductController::class, static fn ($app) => new ProductController(
    $app->make(ProductRepository::class),
    $app->make(CustomerRepository::class),
));
$app->singleton(Router::class, static function ($app) {
    $router = new Router($app);
    $router->get('/api/products/{product}', [ProductController::class, 'show'], 'products.show');
    return $router;
});
$app->singleton(Kernel::class, static fn ($app) => new Kernel($app, $app->make(Router::class)));

$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request(
        'GET',
        '/api/products/' . (10000 + $i),
        headers: ['x-customer-id' => (string) (700 + $i)],
    ));
}
