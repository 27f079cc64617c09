<?php

declare(strict_types=1);

require __DIR__ . '/bootstrap/octane.php';
require __DIR__ . '/app/Support/ProductCardCache.php';
require __DIR__ . '/app/Http/Controllers/ProductCardController.php';

use App\Http\Controllers\ProductCardController;
use App\Support\ProductCardCache;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = new Container();
$app->singleton(ProductCardCache::class, static fn (): ProductCardCache => new ProductCardCache(capacity: 64));
$app->bind(ProductCardController::class, static fn (Container $c): ProductCardController => new ProductCardController($c->make(ProductCardCache::class)));

$worker = new Worker($app, static function (Container $app, Request $request) {
    return $app->make(ProductCardController::class)->show($request);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request(
        '/products/' . (20_000 + $i) . '/card',
        ['product' => 20_000 + $i],
        ['accept-language' => ['en', 'de', 'fr'][$i % 3]],
    ));
}
