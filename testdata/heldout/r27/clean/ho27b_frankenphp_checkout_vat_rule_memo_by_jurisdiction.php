<?php

declare(strict_types=1);

/*
 * Checkout tax quote endpoint running as a FrankenPHP worker. Rules are
 * resolved from the tax engine's tables and memoized in the calculator's
 * trait so repeated lines of the same kind are not looked up twice.
 */

/** Stand-in for frankenphp_handle_request(): fills the superglobals, runs the handler. */
function ho27b_handle_request(callable $handler, array $pending): bool
{
    if ($pending === []) {
        return false;
    }
    $_SERVER['REQUEST_METHOD'] = 'POST';
    $_SERVER['REQUEST_URI'] = '/checkout/tax-quote';
    $_SERVER['HTTP_X_REQUEST_ID'] = bin2hex(random_bytes(8));
    $_POST = $pending;
    try {
        $handler();
    } finally {
        $_POST = [];
    }

    return true;
}

enum TaxCategory: string
{
    case Standard = 'standard';
    case Reduced = 'reduced';
    case Digital = 'digital';
    case Exempt = 'exempt';
}

final class Address
{
    public function __construct(
        public readonly string $country,
        public readonly string $postalCode,
        public readonly string $city,
    ) {
    }
}

final class CartLine
{
    public function __construct(
        public readonly string $sku,
        public readonly TaxCategory $category,
        public readonly int $netMinor,
        public readonly int $qty,
    ) {
    }
}

final class TaxRule
{
    public function __construct(
        public readonly string $jurisdiction,
        public readonly TaxCategory $category,
        public readonly float $ratePercent,
        public readonly bool $reverseCharge,
        public readonly string $invoiceNote,
        public readonly string $validFrom,
    ) {
    }
}

/** Stand-in for the tax engine tables (rates per country and category). */
final class TaxRuleRepository
{
    private const RATES = [
        'DE' => ['standard' => 19.0, 'reduced' => 7.0, 'digital' => 19.0],
        'FR' => ['standard' => 20.0, 'reduced' => 5.5, 'digital' => 20.0],
        'NL' => ['standard' => 21.0, 'reduced' => 9.0, 'digital' => 21.0],
        'ES' => ['standard' => 21.0, 'reduced' => 10.0, 'digital' => 21.0],
        'AT' => ['standard' => 20.0, 'reduced' => 10.0, 'digital' => 20.0],
    ];

    public function resolve(Address $shipTo, TaxCategory $category, bool $businessBuyer): TaxRule
    {
        $rate = $category === TaxCategory::Exempt ? 0.0 : (self::RATES[$shipTo->country][$category->value] ?? 0.0);
        $reverse = $businessBuyer && $shipTo->country !== 'DE';

        return new TaxRule(
            $shipTo->country,
            $category,
            $reverse ? 0.0 : $rate,
            $reverse,
            $reverse
                ? 'Reverse charge: VAT to be accounted for by the recipient pursuant to Article 196 of Council Directive 2006/112/EC.'
                : sprintf('VAT %s%% charged under the %s %s rate for supplies of goods and services to consumers in %s.', $rate, $shipTo->country, $category->value, $shipTo->country),
            '2024-01-01',
        );
    }
}

trait MemoizesTaxRules
{
    /** @var array<string, TaxRule> */
    private static array $resolvedRules = [];

    private static function memoizedRule(string $key, Closure $resolve): TaxRule
    {
        return self::$resolvedRules[$key] ??= $resolve();
    }
}

final class VatCalculator
{
    use MemoizesTaxRules;

    public function __construct(private TaxRuleRepository $rules)
    {
    }

    /** @return array{net: int, tax: int, notes: list<string>} */
    public function quote(array $lines, Address $shipTo, ?string $buyerVatId): array
    {
        $net = 0;
        $tax = 0;
        $notes = [];
        foreach ($lines as $line) {
            $rule = $this->ruleFor($line, $shipTo, $buyerVatId);
            $lineNet = $line->netMinor * $line->qty;
            $net += $lineNet;
            $tax += (int) round($lineNet * $rule->ratePercent / 100);
            $notes[$rule->invoiceNote] = true;
        }

        return ['net' => $net, 'tax' => $tax, 'notes' => array_keys($notes)];
    }

    private function ruleFor(CartLine $line, Address $shipTo, ?string $buyerVatId): TaxRule
    {
        return self::memoizedRule(
            $this->ruleKey($shipTo, $line->category, $buyerVatId),
            fn (): TaxRule => $this->rules->resolve($shipTo, $line->category, $buyerVatId !== null),
        );
    }

    private const SUPPORTED_COUNTRIES = ['DE', 'FR', 'NL', 'ES', 'AT'];

    /** Postal areas that carry their own rules (Heligoland, Büsingen, Canary Islands). */
    private const SPECIAL_TERRITORIES = [
        'DE' => ['27498' => 'DE-HEL', '78266' => 'DE-BUS'],
        'ES' => ['35' => 'ES-CN', '38' => 'ES-CN'],
    ];

    private function ruleKey(Address $shipTo, TaxCategory $category, ?string $buyerVatId): string
    {
        return implode('|', [$this->jurisdiction($shipTo), $category->value, $buyerVatId === null ? 'b2c' : 'b2b']);
    }

    private function jurisdiction(Address $shipTo): string
    {
        $country = in_array($shipTo->country, self::SUPPORTED_COUNTRIES, true) ? $shipTo->country : 'ROW';
        foreach (self::SPECIAL_TERRITORIES[$country] ?? [] as $prefix => $territory) {
            if (str_starts_with($shipTo->postalCode, (string) $prefix)) {
                return $territory;
            }
        }

        return $country;
    }
}

final class TaxQuoteController
{
    public function __construct(private VatCalculator $calculator)
    {
    }

    public function __invoke(): string
    {
        $shipTo = new Address($_POST['ship_to']['country'], $_POST['ship_to']['postal_code'], $_POST['ship_to']['city']);
        $lines = array_map(
            static fn (array $l) => new CartLine($l['sku'], TaxCategory::from($l['tax_category']), (int) $l['net_minor'], (int) $l['qty']),
            $_POST['lines'],
        );
        $buyerVatId = $_POST['buyer_vat_id'] !== '' ? $_POST['buyer_vat_id'] : null;

        return json_encode($this->calculator->quote($lines, $shipTo, $buyerVatId));
    }
}

$controller = new TaxQuoteController(new VatCalculator(new TaxRuleRepository()));
$handler = static function () use ($controller): void {
    $controller();
};

$countries = [['DE', 'Hamburg'], ['FR', 'Lyon'], ['NL', 'Utrecht'], ['ES', 'Valencia'], ['AT', 'Graz']];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    [$country, $city] = $countries[$i % 5];
    $payload = [
        'ship_to' => ['country' => $country, 'postal_code' => sprintf('%05d', (10_000 + $i * 97) % 99_999), 'city' => $city],
        'buyer_vat_id' => $i % 4 === 0 ? sprintf('%s%09d', $country, 100_000_000 + $i) : '',
        'lines' => [
            ['sku' => 'SKU-' . (3000 + $i % 40), 'tax_category' => 'standard', 'net_minor' => 2_499, 'qty' => 1 + $i % 3],
            ['sku' => 'BOOK-' . (100 + $i % 25), 'tax_category' => 'reduced', 'net_minor' => 1_850, 'qty' => 1],
        ],
    ];
    ho27b_handle_request($handler, $payload);
    gc_collect_cycles();
}
