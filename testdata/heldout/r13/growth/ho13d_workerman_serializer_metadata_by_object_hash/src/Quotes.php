<?php

declare(strict_types=1);

namespace App\Quotes;

final class QuoteView
{
    public function __construct(
        public readonly string $quoteNumber,
        public readonly string $customerName,
        public readonly string $validUntil,
        public readonly string $termsAndConditions,
        public readonly ?string $salesNote,
    ) {
    }
}

final class QuoteService
{
    public function find(int $id): QuoteView
    {
        return new QuoteView(
            sprintf('Q-%07d', $id),
            "Acme Industrial Customer {$id}",
            date('Y-m-d', 1_700_000_000 + $id * 86_400),
            str_repeat("Prices valid for 30 days, quote {$id}, excluding VAT and freight. ", 8),
            $id % 2 ? null : "Call back before Friday ({$id})",
        );
    }
}
