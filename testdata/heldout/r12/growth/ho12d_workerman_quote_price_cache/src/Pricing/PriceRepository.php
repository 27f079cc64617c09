<?php

declare(strict_types=1);

namespace App\Pricing;

enum PriceTier: string
{
    case Retail = 'retail';
    case Business = 'business';
    case Partner = 'partner';

    public function discountPercent(): int
    {
        return match ($this) {
            self::Retail => 0,
            self::Business => 8,
            self::Partner => 15,
        };
    }
}

final class Catalog
{
    public const SKUS = [
        'ROUTER-AX3000' => ['Wi-Fi 6 router AX3000, dual band, four gigabit ports', 12900],
        'SWITCH-8P-POE' => ['8-port managed gigabit switch with PoE+ budget of 120 W', 18900],
        'AP-CEILING-6E' => ['Ceiling access point Wi-Fi 6E, tri band, PoE powered', 24900],
        'NAS-4BAY' => ['4-bay network storage, 2.5 GbE, hot-swappable drive trays', 45900],
    ];

    public static function has(string $sku): bool
    {
        return isset(self::SKUS[$sku]);
    }
}

final class PricingContext
{
    public function __construct(
        public readonly string $customerId,
        public readonly PriceTier $tier,
        public readonly string $currency,
    ) {
    }
}

final class Quote
{
    /** @param list<array{label: string, cents: int}> $breakdown */
    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        public readonly string $currency,
        public readonly array $breakdown,
        public readonly int $totalCents,
        public readonly string $terms,
    ) {
    }
}

interface PriceRepositoryInterface
{
    public function quote(string $sku, PricingContext $context): Quote;
}

final class PriceRepository implements PriceRepositoryInterface
{
    public function quote(string $sku, PricingContext $context): Quote
    {
        [$description, $listCents] = Catalog::SKUS[$sku];
        $discount = intdiv($listCents * $context->tier->discountPercent(), 100);
        $vat = intdiv(($listCents - $discount) * 19, 100);

        return new Quote(
            $sku,
            $description,
            $context->currency,
            [
                ['label' => 'List price ' . $sku, 'cents' => $listCents],
                ['label' => ucfirst($context->tier->value) . ' tier discount', 'cents' => -$discount],
                ['label' => 'VAT 19 % (Germany, standard rate)', 'cents' => $vat],
            ],
            $listCents - $discount + $vat,
            str_repeat('Prices valid for 14 days. Delivery within 3-5 business days, subject to availability. ', 4),
        );
    }
}
