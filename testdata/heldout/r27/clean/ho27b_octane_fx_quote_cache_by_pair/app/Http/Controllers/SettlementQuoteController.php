<?php

namespace App\Http\Controllers;

use App\Domain\CurrencyPair;
use App\Services\ExchangeRateService;
use DateTimeImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class SettlementQuoteController
{
    public function __construct(private ExchangeRateService $rates)
    {
    }

    public function show(Request $request): JsonResponse
    {
        $pair = CurrencyPair::fromCodes((string) $request->input('base'), (string) $request->input('quote'));
        $valueTime = new DateTimeImmutable((string) $request->input('value_time'));
        $amountMinor = (int) $request->input('amount_minor');

        $quote = $this->rates->quoteFor($pair, $valueTime);

        return new JsonResponse([
            'settlement_id' => $request->input('settlement_id'),
            'symbol' => $quote->symbol,
            'rate' => $quote->mid,
            'converted_minor' => $quote->convert($amountMinor),
            'as_of' => $quote->asOf,
        ]);
    }
}
