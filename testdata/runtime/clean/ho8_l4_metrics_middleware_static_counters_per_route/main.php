<?php
// Laravel app under Octane: the global CountRouteHits middleware adds each response to static hit and byte counters keyed by method and path from terminate().

use App\Http\Kernel;
use Illuminate\Container\Container;
use Illuminate\Foundation\Http\Kernel as HttpKernel;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton('router', fn (Container $app) => new Router($app));
$app->singleton(HttpKernel::class, fn (Container $app) => new Kernel($app, $app->make('router')));
Facade::setFacadeApplication($app);
require __DIR__ . '/routes/web.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/teams/team-' . ($i % 7) . '/dashboard', ['ua' => "Mozilla/5.0 (X11; Linux x86_64) build/{$i} " . str_repeat('Gecko ', 20)]);
    $kernel = $app->make(HttpKernel::class);
    $kernel->terminate($request, $kernel->handle($request));
}
