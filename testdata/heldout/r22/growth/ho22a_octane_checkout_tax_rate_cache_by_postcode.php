<?php

declare(strict_types=1);

namespace Shop\Tax;

enum Region: string
{
    case EU = 'eu';
    case UK = 'uk';
    case US_EAST = 'us-east';
    case US_WEST = 'us-west';

    public static function fromAddress(Address $address): self
    {
        return match ($address->country) {
            'GB' => self::UK,
            'US' => (int) substr($address->postcode, 0, 1) >= 5 ? self::US_WEST : self::US_EAST,
            default => self::EU,
        };
    }
}

final class Address
{
    public function __construct(
        public readonly string $country,
        public readonly string $postcode,
        public readonly string $city,
        public readonly string $street,
    ) {
    }
}

final class TaxRate
{
    /** @param array<string, float> $components */
    public function __construct(
        public readonly string $jurisdiction,
        public readonly float $rate,
        public readonly array $components,
        public readonly string $label,
    ) {
    }
}

interface RateProvider
{
    public function lookup(Region $region, string $postcode): TaxRate;
}

final class RateTable implements RateProvider
{
    private const BASE = [
        'eu' => ['vat' => 0.19],
        'uk' => ['vat' => 0.20],
        'us-east' => ['state' => 0.06, 'county' => 0.01],
        'us-west' => ['state' => 0.0725, 'county' => 0.0125],
    ];

    public function lookup(Region $region, string $postcode): TaxRate
    {
        $components = self::BASE[$region->value];
        $components['district'] = (crc32($postcode) % 7) / 1000;

        return new TaxRate(
            sprintf('%s/%s', strtoupper($region->value), $postcode),
            array_sum($components),
            $components,
            sprintf('Sales tax for %s district %s (%s components, effective %s)', $region->name, $postcode, count($components), '2024-01-01'),
        );
    }
}

final class TaxCalculator
{
    private static ?self $instance = null;

    /** @var array<string, TaxRate> */
    private array $resolved = [];

    public function __construct(private readonly RateProvider $rates)
    {
    }

    public static function instance(): self
    {
        return self::$instance ??= new self(new RateTable());
    }

    public function taxFor(Address $address, int $netCents): int
    {
        return (int) round($netCents * $this->rateFor($address)->rate);
    }

    private function rateFor(Address $address): TaxRate
    {
        $key = $this->cacheKey($address);

        return $this->resolved[$key] ??= $this->rates->lookup(Region::fromAddress($address), $address->postcode); // leak
    }

    private function cacheKey(Address $address): string
    {
        return $address->country . ':' . preg_replace('/\s+/', '', $address->postcode);
    }
}

namespace Shop\Checkout;

use Shop\Tax\Address;
use Shop\Tax\TaxCalculator;

final class CartLine
{
    public function __construct(public readonly string $sku, public readonly int $qty, public readonly int $unitCents)
    {
    }
}

final class Quote
{
    public function __construct(public readonly int $net, public readonly int $tax)
    {
    }

    public function gross(): int
    {
        return $this->net + $this->tax;
    }
}

final class QuoteCheckoutAction
{
    /** @param list<CartLine> $lines */
    public function __invoke(Address $shipTo, array $lines): Quote
    {
        $net = 0;
        foreach ($lines as $line) {
            $net += $line->qty * $line->unitCents;
        }

        return new Quote($net, TaxCalculator::instance()->taxFor($shipTo, $net));
    }
}

final class OctaneStandIn
{
    public function __construct(private readonly QuoteCheckoutAction $action)
    {
    }

    /** @param array<string, mixed> $payload */
    public function handle(array $payload): int
    {
        $address = new Address($payload['country'], $payload['postcode'], $payload['city'], $payload['street']);
        $lines = array_map(
            static fn (array $l): CartLine => new CartLine($l['sku'], $l['qty'], $l['price']),
            $payload['lines'],
        );

        return ($this->action)($address, $lines)->gross();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new OctaneStandIn(new QuoteCheckoutAction());
$countries = ['DE', 'FR', 'GB', 'US'];

for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'country' => $countries[$i % 4],
        'postcode' => sprintf('%05d', 10000 + ($i * 7919) % 89999),
        'city' => 'Springfield',
        'street' => "{$i} Main Street",
        'lines' => [
            ['sku' => 'TSHIRT-M', 'qty' => 2, 'price' => 1999],
            ['sku' => 'MUG-01', 'qty' => 1, 'price' => 899],
        ],
    ]);
}
