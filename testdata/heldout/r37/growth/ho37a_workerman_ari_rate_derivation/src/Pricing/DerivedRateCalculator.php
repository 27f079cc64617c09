<?php

namespace App\Pricing;

use App\Pricing\Concerns\MemoizesDerivedRates;

final class DerivedRateCalculator
{
    use MemoizesDerivedRates;

    private const CHANNEL_MARKUP = ['booking_com' => 1.0, 'expedia' => 1.04, 'agoda' => 1.02];

    public function __construct(
        private readonly RatePlanCatalog $catalog,
        private readonly int $baseRateCents,
    ) {
    }

    /** @return array<int, array{adults: int, cents: int, label: string}> */
    public function rateTable(string $planCode, string $channel, string $stayDate, int $los): array
    {
        $plan = $this->catalog->get($planCode);
        $key = $this->derivationKey($plan, $channel, $stayDate, $los);

        return $this->rememberDerived($key, fn (): array => $this->derive($plan, $channel, $stayDate, $los));
    }

    private function derivationKey(RatePlan $plan, string $channel, string $stayDate, int $los): string
    {
        return sprintf('%s:%s:%s:%d', $plan->code, $channel, $stayDate, $los);
    }

    private function derive(RatePlan $plan, string $channel, string $stayDate, int $los): array
    {
        $cents = $this->resolveCents($plan);
        $cents = (int) round($cents * (self::CHANNEL_MARKUP[$channel] ?? 1.0));
        $weekday = (int) date('N', strtotime($stayDate));
        if ($weekday >= 5) {
            $cents = (int) round($cents * 1.15);
        }
        if ($los >= 5) {
            $cents = (int) round($cents * 0.93);
        }

        $table = [];
        foreach ($plan->occupancyDelta as $adults => $delta) {
            $table[$adults] = [
                'adults' => $adults,
                'cents' => $cents + $delta + $plan->mealSupplementCents * $adults,
                'label' => sprintf('%s for %d adult(s), %s, %d night(s) min stay, %s', $plan->code, $adults, $stayDate, $los, $plan->refundable ? 'free cancellation' : 'non-refundable'),
            ];
        }

        return $table;
    }

    private function resolveCents(RatePlan $plan): int
    {
        if ($plan->parentCode === null) {
            return $this->baseRateCents;
        }

        return (int) round($this->resolveCents($this->catalog->get($plan->parentCode)) * $plan->parentFactor);
    }
}
