<?php
// public/index.php under a worker runtime: serves the account dashboard, then terminates the kernel after each response.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/EventListener/ServerTimingListener.php';
require __DIR__ . '/src/Controller/DashboardController.php';

use App\Controller\DashboardController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $request = new Request(['account' => 4000 + $i], ['_controller' => DashboardController::class]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
