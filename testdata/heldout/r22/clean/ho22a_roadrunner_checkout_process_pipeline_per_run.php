<?php

declare(strict_types=1);

namespace Checkout\Support;

final class Pipeline
{
    /** @var list<\Closure> */
    private array $stages = [];

    /** @param iterable<\Closure> $stages */
    public function through(iterable $stages): self
    {
        foreach ($stages as $stage) {
            $this->stages[] = $stage;
        }

        return $this;
    }

    public function send(mixed $passable): mixed
    {
        foreach ($this->stages as $stage) {
            $passable = $stage($passable);
        }

        return $passable;
    }
}

namespace Checkout;

use Checkout\Support\Pipeline;

final class Cart
{
    /** @param list<array{sku: string, qty: int, price: int}> $lines */
    public function __construct(
        public readonly string $id,
        public array $lines,
        public ?string $coupon = null,
        public int $discount = 0,
        public int $shipping = 0,
        public array $notes = [],
    ) {
    }

    public function subtotal(): int
    {
        return array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['price'], $this->lines));
    }
}

final class CouponBook
{
    /** @var array<string, int> percent off */
    private const COUPONS = ['WELCOME10' => 10, 'SPRING20' => 20];

    public function percentFor(?string $code): int
    {
        return self::COUPONS[strtoupper((string) $code)] ?? 0;
    }
}

final class CheckoutProcess
{
    public function __construct(
        private readonly CouponBook $coupons,
        private readonly string $shippingZone,
    ) {
    }

    public function run(Cart $cart): Cart
    {
        $pipeline = (new Pipeline())->through($this->stages());

        return $pipeline->send($cart);
    }

    /** @return list<\Closure(Cart): Cart> */
    private function stages(): array
    {
        return [
            $this->dropEmptyLines(...),
            $this->applyCoupon(...),
            $this->addShipping(...),
        ];
    }

    private function dropEmptyLines(Cart $cart): Cart
    {
        $cart->lines = array_values(array_filter($cart->lines, static fn (array $l): bool => $l['qty'] > 0));

        return $cart;
    }

    private function applyCoupon(Cart $cart): Cart
    {
        $percent = $this->coupons->percentFor($cart->coupon);
        if ($percent > 0) {
            $cart->discount = intdiv($cart->subtotal() * $percent, 100);
            $cart->notes[] = sprintf('Coupon %s applied (-%d%%)', $cart->coupon, $percent);
        }

        return $cart;
    }

    private function addShipping(Cart $cart): Cart
    {
        $cart->shipping = match ($this->shippingZone) {
            'domestic' => $cart->subtotal() >= 5000 ? 0 : 495,
            default => 1590,
        };

        return $cart;
    }
}

final class CheckoutProcessFactory
{
    public function __construct(private readonly CouponBook $coupons)
    {
    }

    public function forZone(string $zone): CheckoutProcess
    {
        return new CheckoutProcess($this->coupons, $zone);
    }
}

final class CheckoutController
{
    public function __construct(private readonly CheckoutProcessFactory $factory)
    {
    }

    /** @param array<string, mixed> $body */
    public function store(array $body): array
    {
        $cart = new Cart($body['cart_id'], $body['lines'], $body['coupon'] ?? null);
        $result = $this->factory->forZone($body['country'] === 'DE' ? 'domestic' : 'international')->run($cart);

        return [
            'cart' => $result->id,
            'total' => $result->subtotal() - $result->discount + $result->shipping,
            'notes' => $result->notes,
        ];
    }
}

// RoadRunner PSR-7 worker stand-in: one controller, many requests.
$controller = new CheckoutController(new CheckoutProcessFactory(new CouponBook()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $controller->store([
        'cart_id' => sprintf('cart_%06d', $i),
        'country' => $i % 3 === 0 ? 'FR' : 'DE',
        'coupon' => $i % 2 === 0 ? 'welcome10' : null,
        'lines' => [
            ['sku' => 'SHOE-42', 'qty' => 1, 'price' => 8999],
            ['sku' => 'SOCK-3P', 'qty' => $i % 3, 'price' => 1299],
        ],
    ]);
}
