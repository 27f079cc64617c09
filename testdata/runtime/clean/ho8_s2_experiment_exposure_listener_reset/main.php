<?php
// Symfony kernel booted once and reused for PHPLEAK_N catalog requests; an #[AsEventListener] class records A/B experiment exposures into a request-scoped context service.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Experiment/ExperimentContext', 'EventListener/ExperimentExposureListener', 'Controller/CatalogController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/catalog', ['category' => 'outdoor'], ['cookie' => "visitor=v{$i}-" . md5((string) $i)]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
