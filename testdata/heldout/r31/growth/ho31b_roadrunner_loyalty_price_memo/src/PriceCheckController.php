<?php

declare(strict_types=1);

namespace Retail;

use Retail\Pricing\LoyaltyCard;
use Retail\Pricing\ShelfPriceBook;
use Spiral\RoadRunner\Http\ServerRequest;

// Price-check kiosk / handheld endpoint: GET /price-check?store=..&sku=..,..
final class PriceCheckController
{
    public function __construct(
        private ShelfPriceBook $prices,
        private array $stores,
        private string $defaultStore,
    ) {
    }

    public function __invoke(ServerRequest $request): array
    {
        $query = $request->getQueryParams();
        $store = $this->resolveStore($query['store'] ?? '');
        $card = LoyaltyCard::fromHeader($request->getHeaderLine('X-Loyalty-Card'));

        $lines = [];
        foreach (explode(',', $query['sku'] ?? '') as $sku) {
            $quote = $this->prices->quote($sku, $store, $card);
            $lines[] = ['sku' => $sku, 'net' => $quote['net'], 'message' => $quote['message']];
        }
        return ['store' => $store, 'lines' => $lines];
    }

    private function resolveStore(string $requested): string
    {
        return in_array($requested, $this->stores, true) ? $requested : $this->defaultStore;
    }
}
