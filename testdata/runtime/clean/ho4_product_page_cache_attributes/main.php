<?php
// A long-running HTTP kernel serves product pages; the product controller arranges HTTP cache headers for the response it returns.
declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Http/Response.php';
require __DIR__ . '/src/Http/ResponseEvent.php';
require __DIR__ . '/src/Controller/ProductController.php';
require __DIR__ . '/src/Kernel.php';

use App\Controller\ProductController;
use App\Http\Request;
use App\Kernel;
use Symfony\Component\EventDispatcher\EventDispatcher;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
$kernel = new Kernel($dispatcher, new ProductController());
$kernel->boot();

for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/products/' . (1000 + $i), ['accept-language' => 'en-GB,en;q=0.8']);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
