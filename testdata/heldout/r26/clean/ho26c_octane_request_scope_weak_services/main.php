<?php

require __DIR__ . '/vendor/container/Container.php';
require __DIR__ . '/app/Http/Request.php';
require __DIR__ . '/app/Container/RequestAware.php';
require __DIR__ . '/app/Container/RequestScope.php';
require __DIR__ . '/app/Services/TenantDirectory.php';
require __DIR__ . '/app/Services/CurrentTenant.php';
require __DIR__ . '/app/Services/RequestLocale.php';
require __DIR__ . '/app/Http/DashboardController.php';

use App\Container\RequestScope;
use App\Http\DashboardController;
use App\Http\Request;
use App\Services\CurrentTenant;
use App\Services\RequestLocale;
use App\Services\TenantDirectory;
use Illuminate\Container\Container;

// Octane worker boot: the application container outlives every request.
$app = Container::getInstance();
$app->singleton(TenantDirectory::class, static fn (): TenantDirectory => new TenantDirectory([
    'acme.app.example' => ['slug' => 'acme', 'plan' => 'enterprise', 'region' => 'eu-west-1', 'features' => ['sso', 'audit', 'exports']],
    'globex.app.example' => ['slug' => 'globex', 'plan' => 'team', 'region' => 'us-east-1', 'features' => ['exports']],
    'default' => ['slug' => 'public', 'plan' => 'free', 'region' => 'eu-west-1', 'features' => []],
]));
$app->scoped(CurrentTenant::class);
$app->scoped(RequestLocale::class);
$app->tag([CurrentTenant::class, RequestLocale::class], 'request.initializers');
$controller = new DashboardController();

$hosts = ['acme.app.example', 'globex.app.example', 'unknown.example'];
$languages = ['nl-NL,nl;q=0.9,en;q=0.8', 'en-US,en;q=0.9', 'de-DE'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request(
        sprintf('%08x-%04x', crc32("req{$i}"), $i & 0xffff),
        'GET',
        '/dashboard?widget=' . ($i % 7),
        ['host' => $hosts[$i % 3], 'accept-language' => $languages[$i % 3], 'x-forwarded-for' => '10.0.' . ($i % 255) . '.' . ($i * 7 % 255)],
    );
    $scope = RequestScope::begin($app, $request);
    $response = $controller($scope);
    unset($scope, $request, $response);
}
