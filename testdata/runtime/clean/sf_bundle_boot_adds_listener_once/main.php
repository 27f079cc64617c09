<?php
// Clean look-alike: a bundle's build() registers a service and boot() adds a closure listener to the dispatcher and appends to
// a static log, but the kernel calls build() and boot() once, on its first boot, not per request.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Maintenance/MaintenanceWindow.php';
require_once __DIR__.'/src/Maintenance/MaintenanceBundle.php';
require_once __DIR__.'/src/Controller/CatalogController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/catalog/headphones-{$i}", 'GET', ['sort' => 'price'], [], [], [
        'HTTP_HOST' => sprintf('shop%d.example.com', $i % 40),
        'HTTP_USER_AGENT' => "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.{$i}",
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
