<?php
// A checkout worker prices carts through a PricingService whose Memoizes trait keeps computed quotes in a static property keyed by cart id and currency.

trait Memoizes
{
    /** @var array<string, mixed> */
    protected static array $memoized = [];

    protected function memoize(string $key, callable $compute): mixed
    {
        if (!array_key_exists($key, static::$memoized)) {
            static::$memoized[$key] = $compute(); // leak
        }
        return static::$memoized[$key];
    }

    public static function memoizedCount(): int
    {
        return count(static::$memoized);
    }
}

final class CartLine
{
    public function __construct(
        public readonly string $sku,
        public readonly int $quantity,
        public readonly int $unitCents,
    ) {}
}

final class Cart
{
    /** @param CartLine[] $lines */
    public function __construct(
        public readonly string $id,
        public readonly string $currency,
        public readonly array $lines,
        public readonly ?string $coupon = null,
    ) {}
}

final class Quote
{
    public function __construct(
        public readonly string $cartId,
        public readonly int $subtotal,
        public readonly int $discount,
        public readonly int $tax,
        public readonly array $breakdown,
    ) {}

    public function total(): int
    {
        return $this->subtotal - $this->discount + $this->tax;
    }
}

final class TaxTable
{
    private const RATES = ['EUR' => 0.19, 'USD' => 0.0725, 'GBP' => 0.2];

    public function rateFor(string $currency): float
    {
        return self::RATES[$currency] ?? 0.0;
    }
}

final class PricingService
{
    use Memoizes;

    public function __construct(private TaxTable $taxes) {}

    public function quote(Cart $cart): Quote
    {
        return $this->memoize("quote:{$cart->id}:{$cart->currency}", function () use ($cart): Quote {
            $subtotal = 0;
            $breakdown = [];
            foreach ($cart->lines as $line) {
                $amount = $line->quantity * $line->unitCents;
                $subtotal += $amount;
                $breakdown[] = sprintf('%-24s x%-3d %10.2f %s', $line->sku, $line->quantity, $amount / 100, $cart->currency);
            }
            $discount = $cart->coupon === 'WELCOME10' ? intdiv($subtotal, 10) : 0;
            $tax = (int) round(($subtotal - $discount) * $this->taxes->rateFor($cart->currency));
            return new Quote($cart->id, $subtotal, $discount, $tax, $breakdown);
        });
    }
}

final class CheckoutJob
{
    public function __construct(public readonly string $cartId, public readonly string $currency) {}
}

final class CheckoutHandler
{
    public function __construct(private PricingService $pricing) {}

    public function __invoke(CheckoutJob $job): int
    {
        $lines = [];
        foreach (['sku-book-hardcover', 'sku-mug-ceramic', 'sku-poster-a2', 'sku-stickers-set'] as $k => $sku) {
            $lines[] = new CartLine($sku, $k + 1, 999 + $k * 250);
        }
        $cart = new Cart($job->cartId, $job->currency, $lines, $k % 2 ? 'WELCOME10' : null);
        return $this->pricing->quote($cart)->total();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new CheckoutHandler(new PricingService(new TaxTable()));
$currencies = ['EUR', 'USD', 'GBP'];
for ($i = 0; $i < $n; $i++) {
    $job = new CheckoutJob(sprintf('cart-%08d', 50000 + $i), $currencies[$i % 3]);
    $handler($job);
}
