<?php
// Modelled on laravel/framework#46922 (Model::getAllGlobalScopes/setAllGlobalScopes: "global scopes with dynamic names can cause memory leaks" under Octane).

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/database/Eloquent.php';
require __DIR__ . '/app/Models/Models.php';
require __DIR__ . '/app/Scopes/WorkspaceScope.php';
require __DIR__ . '/app/Http/Middleware/ScopeToWorkspace.php';
require __DIR__ . '/app/Http/Controllers/DashboardController.php';

use App\Http\Controllers\DashboardController;
use App\Http\Middleware\ScopeToWorkspace;

$tenancy = require __DIR__ . '/config/tenancy.php';

// Booted once per worker, like the HTTP kernel's middleware stack.
$middleware = new ScopeToWorkspace($tenancy['tenant_models']);
$controller = new DashboardController();
$kernel = static fn (array $request): array => $middleware->handle(
    $request,
    static fn (array $request): array => $controller->index($request),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // Every sign-up gets its own sub-domain.
    $kernel(['method' => 'GET', 'uri' => '/dashboard', 'host' => "studio-{$i}-" . dechex($i * 7919) . '.example.test']);
}
