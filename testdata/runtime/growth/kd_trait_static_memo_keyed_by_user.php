<?php
// A Memoizes trait gives PricingService a static memo() helper backed by a trait static array; the service calls it with a key built from the customer id, so every customer's price list stays.

trait Memoizes
{
    /** @var array<string, mixed> */
    private static array $memo = [];

    protected static function memo(string $key, \Closure $compute): mixed
    {
        return self::$memo[$key] ??= $compute(); // leak
    }
}

final class PricingService
{
    use Memoizes;

    public function priceList(int $customerId, string $currency): array
    {
        return self::memo("prices:{$customerId}", static function () use ($customerId, $currency): array {
            $prices = [];
            foreach (['basic', 'plus', 'pro', 'team', 'enterprise'] as $i => $plan) {
                $prices[$plan] = ['amount' => (9 + $i * 10) * 100 - $customerId % 7, 'currency' => $currency, 'label' => ucfirst($plan) . ' plan'];
            }
            return $prices;
        });
    }
}

function pricing_page(PricingService $service, int $customerId): string
{
    $lines = [];
    foreach ($service->priceList($customerId, 'EUR') as $plan => $price) {
        $lines[] = "{$price['label']}: {$price['amount']} {$price['currency']}";
    }
    return implode("\n", $lines);
}

$service = new PricingService();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    pricing_page($service, 7000 + $i);
}
