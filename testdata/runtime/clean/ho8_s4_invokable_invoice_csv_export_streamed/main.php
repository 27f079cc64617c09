<?php
// Symfony kernel booted once and reused for PHPLEAK_N requests to an invokable #[Route] controller that streams a monthly invoice CSV through a closure bound to the controller.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Billing/InvoiceRepository', 'Controller/Billing/ExportInvoicesController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $kernel->handle(Request::create('/billing/invoices/export.csv', ['month' => sprintf('%d-%02d', 2020 + intdiv($i, 12), $i % 12 + 1)]));
    ob_start();
    $response->sendContent();
    ob_end_clean();
}
