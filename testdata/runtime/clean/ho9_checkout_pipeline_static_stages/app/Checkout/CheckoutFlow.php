<?php

namespace App\Checkout;

use Closure;
use Illuminate\Pipeline\Pipeline;

final class CheckoutFlow
{
    private const TAX_RATE = 0.19;

    private Pipeline $pipeline;

    public function __construct()
    {
        $this->pipeline = (new Pipeline())->through($this->stages());
    }

    private function stages(): array
    {
        return [
            Closure::fromCallable([self::class, 'applyCoupon']),
            Closure::fromCallable([self::class, 'addTax']),
        ];
    }

    public function run(Cart $cart): Cart
    {
        return $this->pipeline->send($cart)->then(static fn (Cart $cart) => $cart);
    }

    private static function applyCoupon(Cart $cart, Closure $next): Cart
    {
        if ($cart->coupon !== null) {
            $cart->subtotal = (int) round($cart->subtotal * 0.9);
        }
        return $next($cart);
    }

    private static function addTax(Cart $cart, Closure $next): Cart
    {
        $cart->subtotal += (int) round($cart->subtotal * self::TAX_RATE);
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
