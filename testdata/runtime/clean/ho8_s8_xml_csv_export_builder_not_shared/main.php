<?php
// public/index.php under a worker runtime: serves invoice CSV downloads from one booted kernel.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Export/CsvExportBuilder.php';
require __DIR__ . '/src/Controller/ExportController.php';

use App\Controller\ExportController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['invoice' => 2024000 + $i], ['_controller' => ExportController::class]));
}
