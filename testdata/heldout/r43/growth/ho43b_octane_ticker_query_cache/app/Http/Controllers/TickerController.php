<?php

namespace App\Http\Controllers;

use App\Services\TickerService;
use App\Support\CacheKeys;
use App\Support\MarketRegistry;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Config;

final class TickerController
{
    public function __construct(
        private TickerService $tickers,
        private MarketRegistry $markets,
    ) {
    }

    /** GET /api/v1/market/ticker?symbol=btc_usdt&_=1712345678901 */
    public function show(Request $request): JsonResponse
    {
        $symbol = $this->markets->normalize((string) $request->query('symbol', ''));
        $market = $this->markets->find($symbol);
        if ($market === null) {
            return new JsonResponse(['code' => 'UNKNOWN_MARKET', 'symbol' => $symbol], 404);
        }

        $nowMs = (int) $request->query('_', (int) (microtime(true) * 1000));
        $ttl = (int) Config::get('exchange.ticker.ttl', 5);

        $stats = Cache::remember( // leak
            CacheKeys::forRequest($request),
            $ttl,
            fn () => $this->tickers->stats($symbol, $market, $nowMs),
        );

        return new JsonResponse(['data' => $stats]);
    }
}
