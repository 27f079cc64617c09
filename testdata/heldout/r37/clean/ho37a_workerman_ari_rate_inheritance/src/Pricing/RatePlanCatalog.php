<?php

namespace App\Pricing;

final class RatePlanCatalog
{
    /** @var array<string, RatePlan> */
    private array $plans = [];

    public static function fromConfig(array $config): self
    {
        $catalog = new self();
        foreach ($config as $code => $row) {
            $catalog->plans[$code] = new RatePlan(
                $code,
                $row['parent'] ?? null,
                $row['factor'] ?? 1.0,
                $row['meal'] ?? 0,
                $row['occupancy'] ?? [1 => -1500, 2 => 0, 3 => 2500, 4 => 4500],
                $row['refundable'] ?? true,
            );
        }

        return $catalog;
    }

    public function get(string $code): RatePlan
    {
        return $this->plans[$code] ?? throw new \InvalidArgumentException("Unknown rate plan {$code}");
    }
}
