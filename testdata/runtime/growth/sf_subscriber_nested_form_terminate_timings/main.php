<?php
// Symfony app in a worker runtime: a kernel.terminate subscriber (list form [[method, priority], ...]) flushes its counters in the
// first listed method but appends every request's timing in the second one and never drops them.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/ProductSearchController.php';
require_once __DIR__.'/src/Metrics/StatsdClient.php';
require_once __DIR__.'/src/EventSubscriber/RequestMetricsSubscriber.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $query = ['q' => "wireless headphones noise cancelling model-{$i} ".str_repeat('bluetooth ', 60), 'page' => 1 + $i % 5];
    $request = Request::create('/products/search', 'GET', $query, [], [], ['REQUEST_TIME_FLOAT' => microtime(true)]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
