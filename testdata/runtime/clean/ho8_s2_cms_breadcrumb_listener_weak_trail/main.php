<?php
// Symfony kernel booted once and reused for PHPLEAK_N CMS page requests; an #[AsEventListener] method builds the breadcrumb trail for each page, crumbs pointing back to it weakly.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Navigation/Trail', 'EventListener/BreadcrumbListener', 'Controller/PageController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/docs', ['slug' => "handbook/deployment-guides/release-{$i}-checklist"]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
