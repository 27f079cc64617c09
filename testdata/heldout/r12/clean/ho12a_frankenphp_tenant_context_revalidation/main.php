<?php

declare(strict_types=1);

require __DIR__ . '/runtime/frankenphp_stub.php';
require __DIR__ . '/src/Tenancy/Tenant.php';
require __DIR__ . '/src/Tenancy/TenantRepository.php';
require __DIR__ . '/src/Tenancy/TenantContext.php';
require __DIR__ . '/src/Http/Response.php';
require __DIR__ . '/src/Http/DashboardController.php';
require __DIR__ . '/src/Kernel.php';

$kernel = new App\Kernel();
$kernel->boot();

// Scripted traffic: browsers revalidate their cached dashboard most of the time.
$__requestNo = 0;
$__limit = (int) (getenv('PHPLEAK_N') ?: 100);
$GLOBALS['__frankenphp_requests'] = static function () use (&$__requestNo, $__limit): ?array {
    if ($__requestNo >= $__limit) {
        return null;
    }
    $i = $__requestNo++;
    $tenant = 'tenant-' . ($i % 50);
    $server = ['REQUEST_METHOD' => 'GET', 'REQUEST_URI' => '/dashboard', 'HTTP_X_TENANT' => $tenant];
    if ($i % 10 !== 0) {
        $server['HTTP_IF_NONE_MATCH'] = '"' . md5($tenant . ':v3') . '"';
    }

    return $server;
};

$handler = static function () use ($kernel): void {
    $kernel->handle($_SERVER);
};

$maxRequests = (int) ($_SERVER['MAX_REQUESTS'] ?? 0);
for ($nbRequests = 0; !$maxRequests || $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    if (!$keepRunning) {
        break;
    }
}
