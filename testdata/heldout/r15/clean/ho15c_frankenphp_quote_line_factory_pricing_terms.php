<?php

declare(strict_types=1);

namespace App\Support;

/** Tiny service locator the legacy controllers use instead of constructor injection. */
final class Services
{
    /** @var array<class-string, object> */
    private static array $shared = [];

    /** @var array<class-string, \Closure> */
    private static array $factories = [];

    public static function define(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
    }

    /**
     * @template T of object
     * @param class-string<T> $id
     * @return T
     */
    public static function get(string $id): object
    {
        return self::$shared[$id] ??= (self::$factories[$id])();
    }
}

namespace App\Quoting;

use App\Support\Services;

enum CustomerTier: string
{
    case Retail = 'retail';
    case Partner = 'partner';
    case Distributor = 'distributor';

    public function discount(): float
    {
        return match ($this) {
            self::Retail => 0.0,
            self::Partner => 0.12,
            self::Distributor => 0.2,
        };
    }
}

final class PriceList
{
    /** @param array<string, int> $unitPrices cents by SKU */
    public function __construct(private array $unitPrices)
    {
    }

    public function unitPrice(string $sku): int
    {
        return $this->unitPrices[$sku] ?? 9_900;
    }
}

final class PricingTerms
{
    public function __construct(public readonly string $currency, public readonly CustomerTier $tier)
    {
    }
}

final class QuoteLine
{
    public function __construct(
        private PricingTerms $terms,
        public readonly string $sku,
        public readonly int $quantity,
        private int $unitPrice,
    ) {
    }

    public function total(): int
    {
        return (int) round($this->unitPrice * $this->quantity * (1 - $this->terms->tier->discount()));
    }

    public function describe(): string
    {
        return sprintf('%dx %s @ %.2f %s', $this->quantity, $this->sku, $this->unitPrice / 100, $this->terms->currency);
    }
}

final class QuoteLineFactory
{
    public function __construct(private PriceList $prices)
    {
    }

    public function make(Quote $quote, string $sku, int $quantity): QuoteLine
    {
        return new QuoteLine(new PricingTerms($quote->currency, $quote->tier), $sku, $quantity, $this->prices->unitPrice($sku));
    }
}

final class Quote
{
    /** @var list<QuoteLine> */
    private array $lines = [];

    public function __construct(
        public readonly string $reference,
        public readonly string $currency,
        public readonly CustomerTier $tier,
    ) {
    }

    public function add(string $sku, int $quantity): self
    {
        $this->lines[] = Services::get(QuoteLineFactory::class)->make($this, $sku, $quantity);

        return $this;
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (QuoteLine $line): int => $line->total(), $this->lines));
    }

    /** @return list<string> */
    public function summary(): array
    {
        return array_map(static fn (QuoteLine $line): string => $line->describe(), $this->lines);
    }
}

namespace App\Http;

use App\Quoting\CustomerTier;
use App\Quoting\Quote;

final class QuoteController
{
    public function preview(array $request): array
    {
        $quote = new Quote(
            'Q-' . $request['session'],
            $request['currency'],
            CustomerTier::tryFrom($request['tier']) ?? CustomerTier::Retail,
        );
        foreach ($request['items'] as $sku => $quantity) {
            $quote->add($sku, (int) $quantity);
        }

        return ['status' => 200, 'body' => json_encode(['lines' => $quote->summary(), 'total' => $quote->total() / 100])];
    }
}

namespace App;

use App\Http\QuoteController;
use App\Quoting\PriceList;
use App\Quoting\QuoteLineFactory;
use App\Support\Services;

Services::define(QuoteLineFactory::class, static fn () => new QuoteLineFactory(new PriceList([
    'SRV-RACK-2U' => 189_000,
    'SSD-1TB-NVME' => 14_900,
    'PSU-800W' => 21_500,
])));

$controller = new QuoteController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);

// FrankenPHP worker mode: frankenphp_handle_request() stand-in.
for ($i = 0; $i < $n; $i++) {
    $controller->preview([
        'session' => sprintf('%08x', 0xA000 + $i),
        'currency' => $i % 2 ? 'EUR' : 'USD',
        'tier' => ['retail', 'partner', 'distributor'][$i % 3],
        'items' => ['SRV-RACK-2U' => 1 + $i % 3, 'SSD-1TB-NVME' => 4, 'PSU-800W' => 2],
    ]);
}
