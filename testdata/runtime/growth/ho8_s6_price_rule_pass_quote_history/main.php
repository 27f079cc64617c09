<?php
// Symfony kernel whose container is compiled once (a compiler pass wires tagged price rules into the calculator), then reused for PHPLEAK_N checkout quote requests.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Pricing/PriceCalculator', 'DependencyInjection/Compiler/PriceRulePass', 'Controller/CheckoutController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/checkout/quote', ['cart' => "c{$i}", 'items' => ['SKU-1' => 1 + $i % 4, 'SKU-7' => 2], 'coupon' => $i % 3 ? '' : 'SPRING10']);
    $response = $kernel->handle($request);
}
