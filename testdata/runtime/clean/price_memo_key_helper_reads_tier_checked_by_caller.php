<?php
// A price book memoises quotes by a key a helper builds from the loyalty
// card's tier. The caller quotes unknown tiers without the memo, so the
// key takes one of the configured tiers (or 'guest').

final class LoyaltyCard
{
    public function __construct(public readonly string $number, public readonly string $tier)
    {
    }

    public static function fromHeader(string $header): self
    {
        [$number, $tier] = explode(';', $header, 2);
        return new self($number, $tier);
    }
}

final class QuoteKey
{
    public static function for(string $sku, ?LoyaltyCard $card): string
    {
        return $sku . '|' . self::customerPart($card);
    }

    private static function customerPart(?LoyaltyCard $card): string
    {
        return $card === null ? 'guest' : 'tier:' . $card->tier;
    }
}

final class PriceBook
{
    /** @var array<string, array> */
    private static array $memo = [];
    private array $tiers = ['silver' => 5, 'gold' => 10, 'platinum' => 15];

    public function quote(string $sku, ?LoyaltyCard $card): array
    {
        if ($card !== null && !isset($this->tiers[$card->tier])) {
            return $this->build($sku, $card);
        }
        return self::$memo[QuoteKey::for($sku, $card)] ??= $this->build($sku, $card);
    }

    private function build(string $sku, ?LoyaltyCard $card): array
    {
        $pct = $card === null ? 0 : ($this->tiers[$card->tier] ?? 0);
        return ['sku' => $sku, 'pct' => $pct, 'note' => str_repeat('shelf label ', 50)];
    }
}

$book = new PriceBook();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $header = sprintf('6338%08d;%s', $i, ['silver', 'gold', 'platinum', 'staff'][$i % 4]);
    $card = $i % 5 === 0 ? null : LoyaltyCard::fromHeader($header);
    $book->quote('SKU-' . ($i % 5), $card);
}
