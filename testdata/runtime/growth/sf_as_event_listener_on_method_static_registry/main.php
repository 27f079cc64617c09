<?php
// Symfony app in a worker runtime: #[AsEventListener(event: KernelEvents::REQUEST)] on a method; the method records each new
// API key in a static array, and every request comes with another key.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/ApiStatusController.php';
require_once __DIR__.'/src/EventListener/ApiVersionListener.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/api/status', 'GET', [], [], [], [
        'HTTP_X_API_KEY' => 'pk_live_'.hash('sha256', "client-{$i}"),
        'HTTP_X_API_VERSION' => '2024-0'.(1 + $i % 9).'-01',
        'HTTP_USER_AGENT' => "acme-sdk-php/3.{$i}.0 (PHP 8.2; Linux) ".str_repeat('integration=erp ', 30),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
