<?php

use App\Http\Controllers\ListingSearchController;
use App\Search\ListingIndex;
use App\Search\ListingSearchService;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

require_once __DIR__ . '/../app/Search/SearchCriteria.php';
require_once __DIR__ . '/../app/Search/ListingIndex.php';
require_once __DIR__ . '/../app/Search/ListingSearchService.php';
require_once __DIR__ . '/../app/Http/Controllers/ListingSearchController.php';

$app = new Container();
$app->instance('config', ['listings' => require __DIR__ . '/../config/listings.php']);
$app->singleton('cache', fn () => new Repository(new ArrayStore()));
$app->singleton(ListingIndex::class, fn () => ListingIndex::seed(48));
$app->singleton(ListingSearchService::class, fn (Container $c) => new ListingSearchService(
    $c->make(ListingIndex::class),
    $c->make('config')['listings'],
));
$app->bind(ListingSearchController::class, fn (Container $c) => new ListingSearchController(
    $c->make(ListingSearchService::class),
));

Facade::setFacadeApplication($app);

return $app;
