<?php

namespace App\Billing;

final class BillCalculator
{
    private const TIERS = [[6.0, 3.85], [15.0, 5.10], [INF, 7.40]];

    /** @param list<array{read_at: string, register_kgal: float, estimated: bool}> $reads */
    public function calculate(string $account, array $reads): Bill
    {
        $first = $reads[0];
        $last = $reads[count($reads) - 1];
        $kgal = round($last['register_kgal'] - $first['register_kgal'], 2);

        $items = [['code' => 'BASE', 'description' => 'Water service charge, 5/8in meter', 'amount' => 14.20]];
        $lower = 0.0;
        foreach (self::TIERS as $i => [$upper, $rate]) {
            $qty = max(0.0, min($kgal, $upper) - $lower);
            if ($qty > 0) {
                $items[] = [
                    'code' => 'T' . ($i + 1),
                    'description' => sprintf('Tier %d volumetric, %.2f kgal @ $%.2f', $i + 1, $qty, $rate),
                    'amount' => round($qty * $rate, 2),
                ];
            }
            $lower = $upper;
        }
        $items[] = ['code' => 'SEW', 'description' => 'Sewer charge (winter quarter average)', 'amount' => round(9.80 + $kgal * 2.15, 2)];
        $items[] = ['code' => 'STW', 'description' => 'Stormwater utility fee, ERU 1.0', 'amount' => 6.45];

        return new Bill($account, $kgal, $items, $last['estimated']);
    }
}
