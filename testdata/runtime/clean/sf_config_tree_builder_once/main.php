<?php
// Clean look-alike: the bundle's Configuration (ConfigurationInterface::getConfigTreeBuilder) builds a tree whose nodes link to
// their parents and keeps it on itself while its validation closure keeps $this (a cycle), but the extension processes it once,
// when the kernel compiles the container; requests only read the resulting parameters.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Billing/BillingBundle.php';
require_once __DIR__.'/src/Billing/DependencyInjection/Configuration.php';
require_once __DIR__.'/src/Billing/DependencyInjection/BillingExtension.php';
require_once __DIR__.'/src/Controller/InvoiceController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['sequence' => sprintf('%06d', $i), 'customer' => ['name' => "Client {$i}", 'vat' => sprintf('FR%011d', $i)]]);
    $request = Request::create('/invoices/preview', 'POST', [], [], [], ['CONTENT_TYPE' => 'application/json'], $body);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
