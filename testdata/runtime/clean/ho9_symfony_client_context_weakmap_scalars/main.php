<?php
// A Symfony argument value resolver memoizes a ClientContext per Request in a WeakMap held by the shared resolver service.

require __DIR__ . '/vendor/symfony/http.php';
require __DIR__ . '/src/Http/ClientContext.php';
require __DIR__ . '/src/Http/ClientContextResolver.php';
require __DIR__ . '/src/Controller/HomeController.php';

use App\Controller\HomeController;
use App\Http\ClientContext;
use App\Http\ClientContextResolver;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\ControllerMetadata\ArgumentMetadata;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$resolver = new ClientContextResolver();
$controller = new HomeController();
$argument = new ArgumentMetadata('client', ClientContext::class);

for ($i = 0; $i < $n; $i++) {
    $request = new Request('/', [
        'accept-language' => 'de-DE,de;q=0.9,en;q=0.8',
        'user-agent' => str_repeat("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{$i}) ", 8),
    ], '203.0.113.' . ($i % 200));
    foreach ($resolver->resolve($request, $argument) as $client) {
        $controller($client);
    }
}
