<?php

declare(strict_types=1);

namespace App\Http;

use App\Pricing\Catalog;
use App\Pricing\PriceRepositoryInterface;
use App\Pricing\PriceTier;
use App\Pricing\PricingContext;
use Workerman\Protocols\Http\Request;

final class QuoteController
{
    public function __construct(private PriceRepositoryInterface $prices)
    {
    }

    public function __invoke(Request $request): string
    {
        $sku = (string) $request->get('sku', '');
        if (!Catalog::has($sku)) {
            return json_encode(['error' => 'unknown sku']);
        }

        $context = new PricingContext(
            (string) $request->header('x-customer-id', 'anonymous'),
            PriceTier::tryFrom((string) $request->get('tier', '')) ?? PriceTier::Retail,
            'EUR',
        );
        $quote = $this->prices->quote($sku, $context);

        return json_encode(['sku' => $quote->sku, 'total' => $quote->totalCents, 'currency' => $quote->currency]);
    }
}
