<?php
// Symfony app in a worker runtime: a kernel.request subscriber adds a kernel.response listener (a closure that keeps the
// request) to the injected, process-wide event dispatcher on every request and never removes it.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/CatalogController.php';
require_once __DIR__.'/src/EventSubscriber/TenantSubscriber.php';

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
