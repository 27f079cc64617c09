<?php
// Laravel app under Octane: routes/web.php maps GET /search to SearchController@show, which keeps the last 20 searches in a static history; one worker serves every request.

use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $facets = ['brand' => "brand-{$i}", 'price' => '100-' . (200 + $i), 'color' => str_repeat('walnut,', 40)];
    $app->make('router')->dispatch(new Request('GET', '/search', ['q' => "standing desk {$i}", 'facets' => $facets]));
}
