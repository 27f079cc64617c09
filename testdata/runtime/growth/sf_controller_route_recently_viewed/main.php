<?php
// Symfony app in a worker runtime: a controller (AbstractController, #[Route] action) keeps "recently viewed" products on its
// own property; the controller is a shared service, so the list spans all visitors and all requests.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/ProductController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/products/'.(1000 + $i), 'GET', [], ['visitor_id' => 'v-'.hash('sha256', "visitor-{$i}")], [], [
        'HTTP_REFERER' => "https://www.example-search.com/search?q=product+{$i}&".str_repeat('utm_source=newsletter&', 20),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
