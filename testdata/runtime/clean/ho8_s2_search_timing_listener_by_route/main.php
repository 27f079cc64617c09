<?php
// Symfony kernel booted once and reused for PHPLEAK_N search requests; #[AsEventListener] methods time each request and aggregate the timings per route name.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Metrics/RouteTimings', 'EventListener/RequestTimingListener', 'Controller/SearchController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$terms = ['red shoes', 'usb-c cable', 'standing desk', 'espresso grinder', 'rain jacket'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/search', ['q' => $terms[$i % 5], 'page' => intdiv($i, 5) + 1, 'sort' => 'relevance']);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
