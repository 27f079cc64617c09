<?php

// Laravel Octane worker: the application is booted once and every request of
// the worker's life is handled by the same container and singletons.

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Facade.php';
require __DIR__ . '/vendor/illuminate/Config.php';
require __DIR__ . '/app/Support/CatalogueKey.php';
require __DIR__ . '/app/Services/CourseRepository.php';
require __DIR__ . '/app/Services/CourseCatalogue.php';
require __DIR__ . '/app/Services/Catalogue.php';
require __DIR__ . '/app/Providers/CatalogueServiceProvider.php';
require __DIR__ . '/app/Http/CatalogueController.php';

use App\Http\CatalogueController;
use App\Providers\CatalogueServiceProvider;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;

$app = Container::getInstance();
$app->instance('config', new Repository(['catalogue' => require __DIR__ . '/config/catalogue.php']));
(new CatalogueServiceProvider($app))->register();

$controller = new CatalogueController();
$categories = ['programming', 'data-science', 'languages', 'mathematics', 'design'];
$locales = ['en', 'de', 'es'];

$requests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $requests; $i++) {
    // The catalogue SPA calls /api/catalogue?category=..&locale=..&page=..
    // with a cache-busting timestamp, like jQuery's cache: false.
    $query = [
        'category' => $categories[$i % 5],
        'locale' => $locales[$i % 3],
        'page' => (string) (1 + intdiv($i, 15) % 3),
        '_' => (string) (1700000000000 + $i * 1375),
    ];
    if ($i % 4 === 0) {
        $query['utm_source'] = 'newsletter';
    }
    if ($i % 6 === 0) {
        $query['q'] = ['php', 'intro', 'spanish', 'design'][$i % 4];
    }
    $controller->index($query);
}
