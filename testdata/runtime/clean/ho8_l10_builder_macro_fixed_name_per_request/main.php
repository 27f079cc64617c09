<?php
// Laravel SaaS under Octane: the global ScopeQueriesToTenant middleware re-registers the forTenant query Builder macro for the request's tenant, used by InvoiceController@index.

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
    $settings = ['region' => 'eu-west', 'currency' => 'EUR', 'footer' => str_repeat("Tenant {$i} GmbH ", 12)];
    $request = new Request('GET', '/invoices', ['tenant' => 5000 + $i, 'tenant_name' => "tenant-{$i}", 'settings' => $settings]);
    $kernel = $app->make(HttpKernel::class);
    $kernel->terminate($request, $kernel->handle($request));
}
