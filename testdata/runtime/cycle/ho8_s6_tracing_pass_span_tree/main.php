<?php
// Symfony kernel whose container is compiled once (a compiler pass registers the request tracer as a kernel listener), then reused for PHPLEAK_N API requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Tracing/Span', 'Tracing/RequestTracer', 'DependencyInjection/Compiler/TracingPass', 'Controller/ReportController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/api/reports/revenue', ['from' => '2024-01-01', 'to' => '2024-03-31', 'group' => 'week'], ['traceparent' => sprintf('00-%032x-%016x-01', $i, $i * 7)]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
