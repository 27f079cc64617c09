<?php
// Symfony kernel whose container is compiled once (a compiler pass wires the locale listener into the dispatcher), then reused for PHPLEAK_N storefront requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'EventListener/LocaleListener', 'DependencyInjection/Compiler/LocaleListenerPass', 'Controller/StorefrontController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$languages = ['de-DE,de;q=0.9,en;q=0.8', 'fr-CH,fr;q=0.9', 'en-GB,en;q=0.9', 'nl-NL,nl;q=0.8,en;q=0.5'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/', ['utm_campaign' => "newsletter-{$i}"], ['accept-language' => $languages[$i % 4], 'cookie' => 'cart=' . md5("cart{$i}")]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
