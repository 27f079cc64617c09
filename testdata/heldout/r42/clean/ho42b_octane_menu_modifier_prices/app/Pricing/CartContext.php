<?php

declare(strict_types=1);

namespace App\Pricing;

final class CartContext
{
    public function __construct(
        public readonly string $cartToken,
        public readonly SalesChannel $channel,
        public readonly string $storeId,
    ) {
    }

    public static function fromRequest(array $request): self
    {
        return new self(
            $request['headers']['x-cart-token'],
            SalesChannel::tryFrom($request['query']['channel'] ?? '') ?? SalesChannel::DineIn,
            'store-014',
        );
    }
}
