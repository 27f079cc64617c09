<?php

namespace App\Checkout;

use Closure;
use Illuminate\Pipeline\Pipeline;

final class CheckoutFlow
{
    private Pipeline $pipeline;

    public function __construct(private float $taxRate)
    {
        $this->pipeline = (new Pipeline())->through($this->stages()); // leak
    }

    private function stages(): array
    {
        return [
            Closure::fromCallable([$this, 'applyCoupon']), // leak
            Closure::fromCallable([$this, 'addTax']), // leak
        ];
    }

    public function run(Cart $cart): Cart
    {
        return $this->pipeline->send($cart)->then(static fn (Cart $cart) => $cart);
    }

    private function applyCoupon(Cart $cart, Closure $next): Cart
    {
        if ($cart->coupon !== null) {
            $cart->subtotal = (int) round($cart->subtotal * 0.9);
        }
        return $next($cart);
    }

    private function addTax(Cart $cart, Closure $next): Cart
    {
        $cart->subtotal += (int) round($cart->subtotal * $this->taxRate);
        return $next($cart);
    }
}

final class Cart
{
    public function __construct(
        public string $customer,
        public int $subtotal,
        public ?string $coupon,
    ) {}
}
