<?php
// A Laravel Octane worker whose checkout controller runs a cart through a Pipeline of stages taken from the flow's own methods.

require __DIR__ . '/vendor/laravel.php';
require __DIR__ . '/app/Checkout/CheckoutFlow.php';
require __DIR__ . '/app/Http/Controllers/CheckoutController.php';

use App\Http\Controllers\CheckoutController;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$worker = new Worker(['/checkout' => [new CheckoutController(), 'store']]);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('/checkout', [
        'customer' => "customer-{$i}@shop.test " . str_repeat('vip ', 60),
        'subtotal' => (string) (1000 + $i),
        'coupon' => $i % 3 ? null : "SPRING{$i}",
    ]));
}
