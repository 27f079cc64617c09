<?php
// Symfony kernel whose container is compiled once (a widget bundle's build() assembles its theme tree and adds the pass wiring tagged widgets into the renderer), then reused for PHPLEAK_N dashboard requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Widget/WidgetView', 'Widget/ThemeNode', 'Widget/Widgets', 'Widget/WidgetRenderer', 'Widget/DependencyInjection/WidgetRendererPass', 'Widget/WidgetBundle', 'Controller/DashboardController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/dashboard', ['team' => 'growth-' . ($i % 7), 'period' => 'q' . ($i % 4 + 1)]);
    $response = $kernel->handle($request);
}
