<?php
// public/index.php under a worker runtime: one booted kernel serves the product search endpoint for every request.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Search/SearchClient.php';
require __DIR__ . '/src/Controller/SearchController.php';

use App\Controller\SearchController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['q' => "running shoes size " . (36 + $i % 12) . " order {$i}"], ['_controller' => SearchController::class]));
}
