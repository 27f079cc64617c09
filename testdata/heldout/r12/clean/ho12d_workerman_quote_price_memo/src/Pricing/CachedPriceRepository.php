<?php

declare(strict_types=1);

namespace App\Pricing;

use App\Cache\ArrayCache;

/**
 * Decorates the repository: quotes are expensive (ERP round trip), so they are memoised.
 */
final class CachedPriceRepository implements PriceRepositoryInterface
{
    private const TTL = 600;

    public function __construct(private PriceRepositoryInterface $inner, private ArrayCache $cache)
    {
    }

    public function quote(string $sku, PricingContext $context): Quote
    {
        return $this->cache->remember(
            $this->cacheKey($sku, $context),
            self::TTL,
            fn (): Quote => $this->inner->quote($sku, $context),
        );
    }

    private function cacheKey(string $sku, PricingContext $context): string
    {
        return sprintf('quote.%s.%s.%s', $sku, $context->currency, $context->tier->value);
    }
}
