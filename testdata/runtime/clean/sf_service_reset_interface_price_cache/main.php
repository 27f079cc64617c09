<?php
// Clean look-alike: the same shared price cache, but it implements ResetInterface (autoconfigured "kernel.reset" tag), so the
// kernel's services_resetter empties it before each next request.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Pricing/PriceCache.php';
require_once __DIR__.'/src/Security/CurrentCustomer.php';
require_once __DIR__.'/src/Controller/CartController.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    foreach (['KB-101', 'MS-202', 'HD-303'] as $k => $sku) {
        $lines[] = ['sku' => $sku, 'qty' => 1 + ($i + $k) % 3, 'unit_price' => 1500 + 100 * $k, 'name' => "Accessory {$sku} edition {$i} ".str_repeat('*', 80)];
    }
    $request = Request::create(sprintf('/cart/c%08d/total', $i), 'POST', [], [], [], ['CONTENT_TYPE' => 'application/json'], json_encode(['lines' => $lines]));
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
