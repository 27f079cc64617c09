<?php
namespace App\Billing;

final class TaxRateProvider
{
    public function rateFor(string $country): array
    {
        $percent = ['DE' => 19, 'FR' => 20, 'NL' => 21, 'AT' => 20, 'BE' => 21][$country] ?? 0;
        return ['percent' => $percent, 'label' => "VAT {$percent}% ({$country})", 'legal' => str_repeat("Reverse charge rules for {$country} apply. ", 8)];
    }
}
