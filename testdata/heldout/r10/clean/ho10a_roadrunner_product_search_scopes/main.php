<?php

declare(strict_types=1);

require __DIR__ . '/vendor/roadrunner/worker.php';
require __DIR__ . '/src/Search/ProductIndex.php';
require __DIR__ . '/src/Search/ProductQuery.php';
require __DIR__ . '/src/Search/SearchService.php';
require __DIR__ . '/src/Http/SearchController.php';

use App\Http\SearchController;
use App\Search\ProductIndex;
use App\Search\SearchService;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\ReplayRelay;

$controller = new SearchController(new SearchService(new ProductIndex(), require __DIR__ . '/config/search.php'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$brands = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
$worker = new PSR7Worker(new ReplayRelay($n, static fn (int $i): array => [
    'method' => 'GET',
    'uri' => '/search',
    'query' => array_filter([
        'brand' => $i % 3 === 0 ? null : $brands[$i % 5],
        'max_price' => $i % 2 ? (string) (2000 + $i % 50 * 60) : null,
        'in_stock' => (string) ($i % 2),
    ], static fn ($v) => $v !== null),
    'headers' => ['x-tenant' => (string) ($i % 3), 'accept-language' => $i % 2 ? 'de' : 'en'],
]));

while ($request = $worker->waitRequest()) {
    $worker->respond($controller($request));
}
