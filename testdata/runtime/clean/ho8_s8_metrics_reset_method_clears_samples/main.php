<?php
// public/index.php under a worker runtime: the booted kernel serves product pages and records response metrics.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Metrics/RequestMetrics.php';
require __DIR__ . '/src/Controller/ProductController.php';

use App\Controller\ProductController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['sku' => "sku-{$i}"], ['_controller' => ProductController::class]));
}
