<?php
// Symfony kernel booted once (a bundle's Configuration tree and extension set up the login throttler), then reused for PHPLEAK_N login requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

foreach (['http-foundation', 'config', 'dependency-injection', 'http-kernel'] as $package) {
    require __DIR__ . "/vendor/symfony/$package.php";
}
foreach (['Kernel', 'LoginThrottle/LoginThrottler', 'LoginThrottle/DependencyInjection/Configuration', 'LoginThrottle/DependencyInjection/LoginThrottleExtension', 'LoginThrottle/LoginThrottleBundle', 'Controller/LoginController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $ip = sprintf('100.%d.%d.%d', $i >> 16 & 255, $i >> 8 & 255, $i & 255);
    $request = Request::create('/login', ['username' => "member{$i}@example.com"], ['x-forwarded-for' => $ip, 'user-agent' => "okhttp/4.12.0 (Android 14; Pixel {$i})"]);
    $response = $kernel->handle($request);
}
