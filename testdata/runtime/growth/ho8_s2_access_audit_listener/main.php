<?php
// Symfony kernel booted once and reused for PHPLEAK_N requests; an #[AsEventListener] class records an access entry on kernel.request.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Security/AccessRecord', 'EventListener/AccessAuditListener', 'Controller/AccountController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/account/security', [], [
        'x-user-id' => 'u' . (1000 + $i),
        'user-agent' => "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.{$i}.0 Safari/537.36",
        'x-forwarded-for' => '10.0.' . ($i % 250) . '.' . ($i % 200),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
