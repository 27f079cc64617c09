<?php
// A Memoizes trait gives services a static memo() helper backed by a trait static array; each service memoizes its plan catalog under static::class, and the per-customer discount is applied afterwards.

trait Memoizes
{
    /** @var array<string, mixed> */
    private static array $memo = [];

    protected static function memo(string $key, \Closure $compute): mixed
    {
        return self::$memo[$key] ??= $compute();
    }
}

class PricingService
{
    use Memoizes;

    public function priceList(int $customerId, string $currency): array
    {
        $catalog = self::memo(static::class, static function () use ($currency): array {
            $prices = [];
            foreach (['basic', 'plus', 'pro', 'team', 'enterprise'] as $i => $plan) {
                $prices[$plan] = ['amount' => (9 + $i * 10) * 100, 'currency' => $currency, 'label' => ucfirst($plan) . ' plan'];
            }
            return $prices;
        });
        foreach ($catalog as $plan => $price) {
            $catalog[$plan]['amount'] -= $customerId % 7;
        }
        return $catalog;
    }
}

final class PartnerPricingService extends PricingService
{
}

function pricing_page(PricingService $service, int $customerId): string
{
    $lines = [];
    foreach ($service->priceList($customerId, 'EUR') as $plan => $price) {
        $lines[] = "{$price['label']}: {$price['amount']} {$price['currency']}";
    }
    return implode("\n", $lines);
}

$services = [new PricingService(), new PartnerPricingService()];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    pricing_page($services[$i % 2], 7000 + $i);
}
