<?php

namespace App\Services;

use App\Dto\FeeSchedule;
use App\Dto\PermitApplication;
use App\Support\FeeRuleName;

final class FeeRuleRegistrar
{
    public function __construct(private readonly FeeScheduleRepository $schedules)
    {
    }

    public function ruleFor(PermitApplication $permit): string
    {
        $name = FeeRuleName::for($permit);
        if (PermitFeeCalculator::hasMacro($name)) {
            return $name;
        }

        $schedule = $this->schedules->forPermit($permit);
        PermitFeeCalculator::macro($name, $this->compile($schedule));

        return $name;
    }

    private function compile(FeeSchedule $schedule): \Closure
    {
        return function (int $squareFeet) use ($schedule): int {
            $cents = $schedule->baseCents;
            $remaining = $squareFeet;
            $floor = 0;
            foreach ($schedule->tiers as $tier) {
                $band = min($remaining, $tier['upTo'] - $floor);
                if ($band <= 0) {
                    break;
                }
                $cents += $band * $tier['centsPerSqft'];
                $remaining -= $band;
                $floor = $tier['upTo'];
            }
            return $cents;
        };
    }
}

final class FeeScheduleRepository
{
    public function forPermit(PermitApplication $permit): FeeSchedule
    {
        $type = $permit->type;
        return new FeeSchedule(
            $type,
            $type->baseFeeCents(),
            [
                ['upTo' => 500, 'centsPerSqft' => 40, 'label' => 'Minor work up to 500 sq ft'],
                ['upTo' => 2500, 'centsPerSqft' => 32, 'label' => 'Standard work 501 to 2,500 sq ft'],
                ['upTo' => 10000, 'centsPerSqft' => 21, 'label' => 'Major work 2,501 to 10,000 sq ft'],
                ['upTo' => PHP_INT_MAX, 'centsPerSqft' => 15, 'label' => 'Large project above 10,000 sq ft'],
            ],
            sprintf('Municipal Code %s-%d (fee schedule adopted by Resolution 2024-117)', strtoupper($type->value), 12),
            sprintf('Fees for %s permits are computed per gross floor area; re-inspection fees are billed separately.', $type->value),
        );
    }
}
