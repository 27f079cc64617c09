<?php
// public/index.php under a worker runtime: serves invoice tax breakdowns from one booted kernel.

require __DIR__ . '/vendor/symfony/framework.php';
require __DIR__ . '/src/Billing/TaxCalculator.php';
require __DIR__ . '/src/Controller/InvoiceController.php';

use App\Controller\InvoiceController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel(__DIR__);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(['number' => sprintf('INV-2024-%06d', $i), 'country' => ['BE', 'NL', 'DE', 'FR'][$i % 4]], ['_controller' => InvoiceController::class]));
}
