<?php
// Symfony kernel booted once (a monitoring bundle's boot() hooks kernel.terminate), then reused for PHPLEAK_N dashboard requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Monitoring/RequestTrace', 'Monitoring/MonitoringBundle', 'Controller/DashboardController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/dashboard', ['range' => '7d'], ['x-request-id' => bin2hex(random_bytes(16)), 'user-agent' => "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{$i}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
