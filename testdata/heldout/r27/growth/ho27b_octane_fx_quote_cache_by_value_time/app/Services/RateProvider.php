<?php

namespace App\Services;

use App\Domain\CurrencyPair;
use App\Domain\RateQuote;
use DateTimeImmutable;

/** Stand-in for an HTTP client to the treasury's rate feed. */
final class TreasuryRateProvider
{
    private const MIDS = [
        'EURUSD' => 1.0891, 'GBPEUR' => 1.1662, 'USDJPY' => 149.12,
        'EURCHF' => 0.9611, 'USDCAD' => 1.3524, 'EURGBP' => 0.8575,
    ];

    public function __construct(private string $feedUrl, private string $apiKeyId)
    {
    }

    public function fetch(CurrencyPair $pair, DateTimeImmutable $valueTime): RateQuote
    {
        $symbol = $pair->symbol();
        $mid = self::MIDS[$symbol] ?? 1.0;
        $spread = $mid * 0.0004;
        $body = json_encode([
            'symbol' => $symbol,
            'mid' => $mid,
            'requested_for' => $valueTime->format(DATE_ATOM),
            'fixing' => 'WMR 16:00 London',
            'disclaimer' => 'Indicative rate for settlement purposes only. Rates are subject to change '
                . 'and may differ from the rate applied at execution by the settlement bank.',
        ]);

        return new RateQuote(
            $symbol,
            $mid,
            $mid - $spread,
            $mid + $spread,
            $this->feedUrl,
            $valueTime->format(DATE_ATOM),
            [
                'request_id' => bin2hex(random_bytes(8)),
                'key_id' => $this->apiKeyId,
                'raw' => $body,
            ],
        );
    }
}
