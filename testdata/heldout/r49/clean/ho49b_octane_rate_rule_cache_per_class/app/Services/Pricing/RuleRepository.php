<?php
namespace App\Services\Pricing;

use App\Enums\VehicleClass;

class RuleRepository
{
    private const BASE_RATES = ['MBMR' => 29.0, 'EDMR' => 34.5, 'CDMR' => 41.0, 'IDAR' => 52.0, 'PDAR' => 88.0];

    /**
     * Loads the active pricing rules for a branch and vehicle class (a
     * query against pricing_rules in the real application).
     */
    public function load(string $branch, VehicleClass $class): RuleSet
    {
        $rules = [
            ['name' => "{$branch} weekend uplift", 'kind' => 'percent', 'amount' => 12.5, 'applies' => 'weekend'],
            ['name' => "{$branch} weekly discount", 'kind' => 'percent', 'amount' => -15.0, 'applies' => 'long_rental'],
            ['name' => "{$branch} summer season", 'kind' => 'percent', 'amount' => 18.0, 'applies' => 'summer'],
            ['name' => "{$branch} airport concession fee", 'kind' => 'fixed', 'amount' => 24.0, 'applies' => 'always'],
            ['name' => "{$branch} road fund licence", 'kind' => 'fixed', 'amount' => 3.5, 'applies' => 'always'],
            ['name' => "{$class->name} collision damage waiver", 'kind' => 'fixed', 'amount' => $class->deposit() / 20, 'applies' => 'always'],
        ];

        return new RuleSet($branch, $class->value, self::BASE_RATES[$class->value], $rules, date(DATE_ATOM));
    }
}
