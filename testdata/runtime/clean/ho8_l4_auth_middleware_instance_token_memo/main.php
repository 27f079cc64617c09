<?php
// Laravel app under Octane: the global AuthenticateApiToken middleware memoizes resolved API users by token on its own instance in handle() and terminate().

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
    $request = new Request('GET', '/teams/team-' . ($i % 7) . '/dashboard', ['token' => hash('sha256', "token-{$i}")]);
    $kernel = $app->make(HttpKernel::class);
    $kernel->terminate($request, $kernel->handle($request));
}
