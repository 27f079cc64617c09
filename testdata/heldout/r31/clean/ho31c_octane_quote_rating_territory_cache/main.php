<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Facade.php';
require __DIR__ . '/app/Facades/Rating.php';
require __DIR__ . '/app/Rating/QuoteSubmission.php';
require __DIR__ . '/app/Rating/RatedQuote.php';
require __DIR__ . '/app/Rating/TerritoryResolver.php';
require __DIR__ . '/app/Rating/FactorTableRepository.php';
require __DIR__ . '/app/Rating/RatingEngine.php';
require __DIR__ . '/app/Http/QuoteController.php';

use App\Http\QuoteController;
use App\Rating\FactorTableRepository;
use App\Rating\RatingEngine;
use App\Rating\TerritoryResolver;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

// --- Octane worker boot: the application and its singletons live until the worker exits.
$app = Container::getInstance();
$app->instance('config.rating', [
    'territories' => [
        'T01' => ['100', '101', '102', '103'],
        'T02' => ['110', '111', '112'],
        'T03' => ['120', '121', '122', '123', '124'],
        'T04' => ['130', '131'],
    ],
    'base' => ['AUTO-PL' => 612.0, 'AUTO-CM' => 1480.0, 'HOME-HO3' => 890.0],
    'manual' => [
        'AUTO-PL' => [
            'relativities' => ['driver_age' => 1.0, 'prior_claims' => 1.0, 'vehicle_age' => 1.0, 'usage' => 1.04, 'multi_policy' => 0.93, 'telematics' => 0.97],
            'territory' => ['T01' => 1.12, 'T02' => 0.98, 'T03' => 1.05, 'T04' => 0.91, 'T99' => 1.2],
        ],
        'AUTO-CM' => [
            'relativities' => ['driver_age' => 1.0, 'prior_claims' => 1.0, 'vehicle_age' => 1.0, 'fleet_size' => 0.95, 'radius' => 1.1, 'cargo' => 1.07],
            'territory' => ['T01' => 1.18, 'T02' => 1.02, 'T03' => 1.09, 'T04' => 0.94, 'T99' => 1.25],
        ],
        'HOME-HO3' => [
            'relativities' => ['prior_claims' => 1.0, 'construction' => 1.06, 'protection_class' => 1.02, 'roof_age' => 1.08, 'deductible' => 0.9, 'alarm' => 0.96],
            'territory' => ['T01' => 1.3, 'T02' => 1.1, 'T03' => 0.95, 'T04' => 1.0, 'T99' => 1.15],
        ],
    ],
]);
$app->singleton(TerritoryResolver::class, fn (Container $c) => new TerritoryResolver($c->make('config.rating')['territories']));
$app->singleton(FactorTableRepository::class, fn (Container $c) => new FactorTableRepository(
    $c->make(TerritoryResolver::class),
    $c->make('config.rating')['manual'],
));
$app->singleton('rating.engine', fn (Container $c) => new RatingEngine(
    $c->make(FactorTableRepository::class),
    $c->make('config.rating')['base'],
));
Facade::setFacadeApplication($app);

$controller = new QuoteController();
$products = ['AUTO-PL', 'AUTO-CM', 'HOME-HO3'];

// --- request loop
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = [
        'reference' => sprintf('Q-%s-%06d', date('ymd'), 40000 + $i),
        'product' => $products[$i % 3],
        'risk_address' => ['line1' => ($i + 12) . ' Harbor View Rd', 'postal_code' => sprintf('%05d', 10000 + (($i * 37) % 40000))],
        'vehicle' => ['year' => 2008 + $i % 16, 'vin' => strtoupper(substr(md5((string) $i), 0, 17))],
        'driver' => ['age' => 19 + $i % 60, 'claims' => array_fill(0, $i % 3, ['type' => 'collision'])],
        'limit' => 100000 + 25000 * ($i % 5),
    ];

    $response = $controller->store($payload);
    unset($payload, $response);
}
