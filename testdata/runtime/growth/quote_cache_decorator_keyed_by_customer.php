<?php

declare(strict_types=1);

// A caching decorator of the price repository, behind its interface:
// its key carries the customer id of each request, so the process-wide
// array cache gains an entry per customer.

enum Tier: string
{
    case Retail = 'retail';
    case Partner = 'partner';
}

final class PricingContext
{
    public function __construct(public readonly string $customerId, public readonly Tier $tier)
    {
    }
}

interface PriceRepository
{
    public function quote(string $sku, PricingContext $context): array;
}

final class Catalog
{
    public const SKUS = ['ROUTER' => 12900, 'SWITCH' => 18900, 'NAS' => 45900];

    public static function has(string $sku): bool
    {
        return isset(self::SKUS[$sku]);
    }
}

final class ErpPriceRepository implements PriceRepository
{
    public function quote(string $sku, PricingContext $context): array
    {
        return ['sku' => $sku, 'cents' => Catalog::SKUS[$sku], 'terms' => str_repeat('Net 30, delivery ex works. ', 30)];
    }
}

final class ArrayCache
{
    private array $items = [];

    public function remember(string $key, Closure $compute): mixed
    {
        if (!array_key_exists($key, $this->items)) {
            $this->items[$key] = $compute(); // leak
        }

        return $this->items[$key];
    }
}

final class CachedPriceRepository implements PriceRepository
{
    public function __construct(private PriceRepository $inner, private ArrayCache $cache)
    {
    }

    public function quote(string $sku, PricingContext $context): array
    {
        return $this->cache->remember($this->key($sku, $context), fn (): array => $this->inner->quote($sku, $context));
    }

    private function key(string $sku, PricingContext $context): string
    {
        return sprintf('quote.%s.%s', $sku, $context->customerId);
    }
}

final class QuoteController
{
    public function __construct(private PriceRepository $prices)
    {
    }

    public function __invoke(array $query): string
    {
        $sku = (string) ($query['sku'] ?? '');
        if (!Catalog::has($sku)) {
            return '{"error":"unknown sku"}';
        }
        $context = new PricingContext((string) ($query['customer'] ?? 'anonymous'), Tier::tryFrom((string) ($query['tier'] ?? '')) ?? Tier::Retail);

        return json_encode($this->prices->quote($sku, $context));
    }
}

$controller = new QuoteController(new CachedPriceRepository(new ErpPriceRepository(), new ArrayCache()));
$skus = array_keys(Catalog::SKUS);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller(['sku' => $skus[$i % 3], 'customer' => 'cus_' . $i, 'tier' => $i % 2 ? 'partner' : 'retail']);
}
