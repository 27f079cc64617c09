<?php

// Laravel Octane-style worker: the application is booted once and the
// same container serves every request.

require __DIR__ . '/vendor/illuminate/support/Container.php';
require __DIR__ . '/vendor/illuminate/support/Facade.php';
require __DIR__ . '/vendor/illuminate/cache/ArrayStore.php';
require __DIR__ . '/vendor/illuminate/cache/Repository.php';
require __DIR__ . '/app/Geo/GeofenceRegistry.php';
require __DIR__ . '/app/Pricing/SurgeKeyBuilder.php';
require __DIR__ . '/app/Pricing/SurgeQuoteService.php';
require __DIR__ . '/app/Http/QuoteController.php';

use App\Geo\GeofenceRegistry;
use App\Http\QuoteController;
use App\Pricing\SurgeKeyBuilder;
use App\Pricing\SurgeQuoteService;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;

$config = [
    'cache' => ['prefix' => 'rides_', 'surge_ttl' => 120],
    'geofences' => [
        'lis-baixa' => ['city' => 'Lisbon', 'bbox' => [38.700, -9.150, 38.720, -9.130], 'base' => 1.4],
        'lis-alfama' => ['city' => 'Lisbon', 'bbox' => [38.705, -9.130, 38.720, -9.115], 'base' => 1.2],
        'lis-belem' => ['city' => 'Lisbon', 'bbox' => [38.690, -9.220, 38.705, -9.190], 'base' => 1.0],
    ],
];

$app = Container::getInstance();
$app->singleton('cache', fn () => new Repository(new ArrayStore(), $config['cache']['prefix']));
$app->singleton(GeofenceRegistry::class, fn () => GeofenceRegistry::fromConfig($config['geofences']));
$app->singleton(SurgeQuoteService::class, fn (Container $c) => new SurgeQuoteService(
    $c->make(GeofenceRegistry::class),
    new SurgeKeyBuilder('surge', 60),
    $config['cache']['surge_ttl'],
));
$app->singleton(QuoteController::class, fn (Container $c) => new QuoteController($c->make(SurgeQuoteService::class)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$products = ['economy', 'comfort', 'xl'];
$pickups = [[38.710, -9.140], [38.712, -9.120], [38.697, -9.205]];
$start = 1767225600;

for ($i = 0; $i < $n; $i++) {
    [$lat, $lng] = $pickups[$i % 3];
    $body = [
        'rider_id' => 'rdr_' . (100000 + $i * 7),
        'product' => $products[intdiv($i, 3) % 3],
        'pickup' => ['lat' => $lat + ($i % 5) * 0.0005, 'lng' => $lng],
        'ts' => $start + $i * 2,
        'promo' => $i % 4 === 0 ? 'RIDE10' : '',
    ];
    $response = $app->make(QuoteController::class)($body);
}
