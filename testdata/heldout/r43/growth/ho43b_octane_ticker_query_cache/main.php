<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework/Container.php';
require __DIR__ . '/vendor/laravel/framework/Facade.php';
require __DIR__ . '/vendor/laravel/framework/Cache.php';
require __DIR__ . '/vendor/laravel/framework/Config.php';
require __DIR__ . '/vendor/laravel/framework/Http.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Support/CacheKeys.php';
require __DIR__ . '/app/Support/MarketRegistry.php';
require __DIR__ . '/app/Services/TickerService.php';
require __DIR__ . '/app/Http/Controllers/TickerController.php';

use App\Http\Controllers\TickerController;
use App\Services\TickerService;
use App\Support\MarketRegistry;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

// Boot once, as Octane does before the first request.
$app = Container::getInstance();
$config = new Illuminate\Config\Repository(['exchange' => require __DIR__ . '/config/exchange.php']);
$app->instance('config', $config);
$app->singleton('cache.store', fn () => new Illuminate\Cache\Repository(new Illuminate\Cache\ArrayStore()));
$app->singleton(MarketRegistry::class, fn (Container $c) => new MarketRegistry($c->make('config')->get('exchange.markets')));
$app->singleton(TickerService::class, fn () => new TickerService());
$app->singleton(TickerController::class, fn (Container $c) => new TickerController(
    $c->make(TickerService::class),
    $c->make(MarketRegistry::class),
));

$worker = new Worker($app);
$worker->get('/api/v1/market/ticker', [TickerController::class, 'show']);

// Browser widgets poll the ticker with a jQuery-style cache buster.
$symbols = ['btc_usdt', 'ETH-USDT', 'sol/usdt', 'eth_btc', 'BTC-USDT'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$clock = 1_712_345_600_000;
for ($i = 0; $i < $n; $i++) {
    $clock += 350 + ($i % 7) * 40;
    $request = new Request('GET', '/api/v1/market/ticker', [
        'symbol' => $symbols[$i % count($symbols)],
        '_' => (string) $clock,
    ], ['accept' => 'application/json']);
    $response = $worker->handle($request);
    $body = $response->getContent();
    unset($request, $response, $body);
}
