<?php
// Symfony app in a worker runtime: a kernel.response subscriber (array form [method, priority]) appends every response to its own property.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/InvoiceController.php';
require_once __DIR__.'/src/EventSubscriber/ResponseHistorySubscriber.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/api/invoices/{$i}", 'GET', [], [], [], ['HTTP_ACCEPT' => 'application/json']);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
