<?php
// A checkout job worker prices carts with a CartPricer whose tax rules come from a TaxRateRepository that caches lookups through a Memoizes trait holding a static per-class memo.

enum Region: string
{
    case North = 'north';
    case South = 'south';
    case East = 'east';
    case West = 'west';

    public static function fromPostcode(string $postcode): self
    {
        return [self::North, self::South, self::East, self::West][ord($postcode[0]) % 4];
    }
}

trait Memoizes
{
    private static array $memo = [];

    protected static function memo(string $key, callable $compute): mixed
    {
        if (!array_key_exists($key, self::$memo)) {
            self::$memo[$key] = $compute(); // leak
        }
        return self::$memo[$key];
    }
}

final class Address
{
    public function __construct(public string $line1, public string $city, public string $postcode, public string $country) {}
}

final class TaxRule
{
    public function __construct(public Region $region, public float $rate, public string $legalText) {}
}

final class TaxRateRepository
{
    use Memoizes;

    private const RATES = ['north' => 0.19, 'south' => 0.07, 'east' => 0.21, 'west' => 0.16];

    public function ruleFor(Address $address): TaxRule
    {
        $cacheKey = implode('|', [$address->country, $address->postcode, $address->line1]);
        return self::memo($cacheKey, function () use ($address): TaxRule {
            $region = Region::fromPostcode($address->postcode);
            $text = sprintf('VAT %s applies to deliveries to %s, %s %s. ', $region->value, $address->line1, $address->postcode, $address->city);
            return new TaxRule($region, self::RATES[$region->value], str_repeat($text, 8));
        });
    }
}

final class CartPricer
{
    public function __construct(private TaxRateRepository $rates) {}

    public function price(array $items, Address $shipTo): array
    {
        $net = array_sum(array_column($items, 'net'));
        $rule = $this->rates->ruleFor($shipTo);
        return ['net' => $net, 'tax' => round($net * $rule->rate, 2), 'legal' => $rule->legalText];
    }
}

function checkoutJobs(int $count): Generator
{
    for ($i = 0; $i < $count; $i++) {
        yield ['cart' => [['sku' => "X{$i}", 'net' => 19.99], ['sku' => 'GIFTWRAP', 'net' => 2.5]], 'to' => new Address("{$i} Harbour Road", 'Portsmouth', sprintf('%05d', 10000 + ($i * 7919) % 90000), 'GB')];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pricer = new CartPricer(new TaxRateRepository());
foreach (checkoutJobs($n) as $job) {
    $pricer->price($job['cart'], $job['to']);
}
