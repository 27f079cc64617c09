<?php

namespace App\Billing;

final class RateProvider
{
    public function rateFor(string $country): float
    {
        return ['BE' => 0.21, 'NL' => 0.21, 'DE' => 0.19, 'FR' => 0.20][$country] ?? 0.0;
    }
}

final class TaxBreakdown
{
    public function __construct(public readonly string $invoiceNumber, public readonly array $lines, public readonly float $vat) {}
}

final class TaxCalculator
{
    private RateProvider $rates;
    private int $roundingMode = PHP_ROUND_HALF_UP;
    /** @var array<string, TaxBreakdown> */
    private array $breakdowns = [];

    public function setRateProvider(RateProvider $rates): void { $this->rates = $rates; }
    public function setRoundingMode(int $mode): void { $this->roundingMode = $mode; }

    public function breakdown(string $invoiceNumber, string $country, array $amounts): TaxBreakdown
    {
        return $this->breakdowns[$invoiceNumber] ??= $this->compute($invoiceNumber, $country, $amounts); // leak
    }

    private function compute(string $invoiceNumber, string $country, array $amounts): TaxBreakdown
    {
        $rate = $this->rates->rateFor($country);
        $lines = array_map(fn (float $a) => ['net' => $a, 'vat' => round($a * $rate, 2, $this->roundingMode), 'label' => "VAT {$country} {$rate}"], $amounts);
        return new TaxBreakdown($invoiceNumber, $lines, array_sum(array_column($lines, 'vat')));
    }
}
