<?php
// A checkout worker quotes each order in the buyer's currency. Rates go
// through the Rates facade, whose accessor names an alias of the
// RateCache singleton; the cache key carries the order id, so every
// quote adds an entry to a cache that lives as long as the worker.

require __DIR__ . '/vendor/Support/Container.php';
require __DIR__ . '/vendor/Support/Facade.php';
require __DIR__ . '/src/Rates.php';

use Acme\Support\Container;
use Acme\Support\Facade;
use App\Pricing\QuoteController;
use App\Pricing\RateCache;

$app = new Container();
$app->singleton(RateCache::class, fn () => new RateCache());
$app->alias(RateCache::class, 'fx.rates');
Facade::setFacadeApplication($app);

$controller = new QuoteController();
$currencies = ['eur', 'usd', 'gbp', 'chf'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = ['id' => sprintf('ord-%07d', 120000 + $i), 'currency' => $currencies[$i % 4], 'amount' => 10 + $i % 90];
    $quote = $controller->quote($order);
}
