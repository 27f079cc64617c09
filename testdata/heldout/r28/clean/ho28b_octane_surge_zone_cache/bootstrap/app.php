<?php

use App\Http\QuoteController;
use App\Pricing\DemandModel;
use App\Pricing\FareCalculator;
use App\Pricing\SurgeKey;
use App\Pricing\SurgePricingService;
use App\Pricing\ZoneMap;
use Illuminate\Cache\CacheManager;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

require_once __DIR__ . '/../app/Http/QuoteRequest.php';
require_once __DIR__ . '/../app/Http/QuoteController.php';
require_once __DIR__ . '/../app/Pricing/SurgeQuote.php';
require_once __DIR__ . '/../app/Pricing/DemandModel.php';
require_once __DIR__ . '/../app/Pricing/ZoneMap.php';
require_once __DIR__ . '/../app/Pricing/SurgeKey.php';
require_once __DIR__ . '/../app/Pricing/SurgePricingService.php';
require_once __DIR__ . '/../app/Pricing/FareCalculator.php';

function bootstrap_application(string $basePath): Container
{
    $config = ['pricing' => require $basePath . '/config/pricing.php'];

    $app = Container::getInstance();
    $app->singleton('config', fn () => $config);
    $app->singleton('cache', fn () => new CacheManager(['default' => 'array']));

    $app->singleton(SurgePricingService::class, function (Container $app) {
        $pricing = $app->make('config')['pricing'];
        $surge = $pricing['surge'];
        return new SurgePricingService(
            new DemandModel($surge['ceiling']),
            new SurgeKey($surge['cache_prefix'], new ZoneMap($pricing['zones'])),
            $surge['cache_store'],
            $surge['ttl'],
        );
    });
    $app->singleton(FareCalculator::class, fn (Container $app) => new FareCalculator($app->make('config')['pricing']['base_fares']));
    $app->scoped(QuoteController::class, fn (Container $app) => new QuoteController(
        $app->make(SurgePricingService::class),
        $app->make(FareCalculator::class),
    ));

    Facade::setFacadeApplication($app);

    return $app;
}
