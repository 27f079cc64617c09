<?php

namespace App\Support;

final class MarketRegistry
{
    /** @var array<string, array{base: string, quote: string, tick: int, lot: int}> */
    private array $markets;

    public function __construct(array $markets)
    {
        $this->markets = $markets;
    }

    public function normalize(string $raw): string
    {
        return strtoupper(str_replace(['/', '_'], '-', trim($raw)));
    }

    /** @return array{base: string, quote: string, tick: int, lot: int}|null */
    public function find(string $symbol): ?array
    {
        return $this->markets[$symbol] ?? null;
    }
}
