<?php

declare(strict_types=1);

require __DIR__ . '/vendor/warden/auth/Gate.php';
require __DIR__ . '/src/Auth/Models.php';
require __DIR__ . '/src/Http/Middleware/EnsureBillingAccess.php';
require __DIR__ . '/src/Http/Controllers/BillingController.php';

use App\Auth\Role;
use App\Auth\Tenant;
use App\Auth\User;
use App\Http\Controllers\BillingController;
use App\Http\Middleware\EnsureBillingAccess;

// RoadRunner worker stand-in: middleware and controller are built once, then serve every request.
$middleware = new EnsureBillingAccess();
$controller = new BillingController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $tenant = new Tenant(1000 + $i, "team-{$i}", "Team {$i} GmbH", "billing+{$i}@team{$i}.example", sprintf('cus_%014d', $i));
    $user = new User(50000 + $i, $i % 5 === 0 ? 999 : $tenant->id, Role::cases()[$i % 3], "owner{$i}@team{$i}.example");

    $middleware->handle(
        ['user' => $user, 'tenant' => $tenant, 'path' => '/settings/billing'],
        static fn (array $request): array => $controller->show($request),
    );
}
