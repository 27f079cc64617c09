<?php

use App\Http\Controllers\SettlementQuoteController;
use App\Services\ExchangeRateService;
use App\Services\TreasuryRateProvider;
use Illuminate\Cache\CacheManager;
use Illuminate\Container\Container;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

function ho27b_create_application(array $config): Container
{
    $app = Container::getInstance();
    $app->instance('config', new ArrayObject($config));

    $app->singleton('cache', fn (Container $app) => new CacheManager($app->make('config')['cache']));
    $app->singleton(TreasuryRateProvider::class, fn (Container $app) => new TreasuryRateProvider(
        $app->make('config')['fx']['feed_url'],
        $app->make('config')['fx']['key_id'],
    ));
    $app->singleton(ExchangeRateService::class, fn (Container $app) => new ExchangeRateService(
        $app->make(TreasuryRateProvider::class),
        $app->make('config')['fx']['ttl'],
    ));
    $app->bind(SettlementQuoteController::class, fn (Container $app) => new SettlementQuoteController(
        $app->make(ExchangeRateService::class),
    ));
    $app->singleton(Router::class, function (Container $app) {
        $router = new Router($app);
        $router->get('api/settlements/quote', [SettlementQuoteController::class, 'show']);

        return $router;
    });
    $app->singleton(Kernel::class, fn (Container $app) => new Kernel($app->make(Router::class)));

    Facade::setFacadeApplication($app);

    return $app;
}
