<?php

declare(strict_types=1);

require __DIR__ . '/vendor/nyholm/psr7/Psr7.php';
require __DIR__ . '/vendor/spiral/roadrunner-http/PSR7Worker.php';
require __DIR__ . '/src/Search/SearchTerm.php';
require __DIR__ . '/src/Search/SearchTermSpool.php';
require __DIR__ . '/src/Search/SpoolFactory.php';
require __DIR__ . '/src/Search/TrendingReporter.php';
require __DIR__ . '/src/Search/CatalogueSearch.php';
require __DIR__ . '/src/Http/App.php';

use App\Http\CatalogueSearchHandler;
use App\Http\TrendingHeaderMiddleware;
use App\Search\CatalogueSearch;
use App\Search\SpoolFactory;
use App\Search\TrendingReporter;
use Nyholm\Psr7\ServerRequest;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$subjects = ['history of the baltic', 'gardening in small spaces', 'norse mythology', 'learn python', 'the hobbit', 'climate and oceans'];
$branches = ['central', 'north', 'harbour', 'mobile'];
$formats = ['any', 'book', 'ebook', 'audio', 'dvd'];
$worker = new PSR7Worker(static function (int $served) use ($n, $subjects, $branches, $formats): ?ServerRequest {
    if ($served >= $n) {
        return null;
    }

    return new ServerRequest('GET', '/catalogue/search', [
        'q' => $subjects[$served % 6] . ' ' . $served,
        'branch' => $branches[$served % 4],
        'format' => $formats[$served % 5],
    ], ['cookie' => 'lib_session=' . dechex($served * 2654435761 % 4294967296)]);
});

// Booted once per worker process.
$spool = SpoolFactory::searchTerms();
$handler = new CatalogueSearchHandler(new CatalogueSearch(), $spool);
$middleware = new TrendingHeaderMiddleware(new TrendingReporter($spool));

while ($request = $worker->waitRequest()) {
    $worker->respond($middleware->process($request, $handler));
}
