<?php
// Clean look-alike: the same #[Route] action appends the viewed product, but to a local list read from the visitor's cookie,
// trimmed and sent back in the response; the controller's own property is a constant.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/ProductController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/products/'.(1000 + $i), 'GET', [], ['visitor_id' => 'v-'.hash('sha256', "visitor-{$i}"), 'recently_viewed' => implode(',', range(1000 + $i - 4, 1000 + $i - 1))], [], [
        'HTTP_REFERER' => "https://www.example-search.com/search?q=product+{$i}&".str_repeat('utm_source=newsletter&', 20),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
