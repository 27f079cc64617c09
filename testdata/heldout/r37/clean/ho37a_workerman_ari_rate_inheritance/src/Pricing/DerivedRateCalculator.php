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
        $channel = $this->channelOrDirect($channel);
        $key = $this->derivationKey($plan, $channel);

        $base = $this->rememberDerived($key, fn (): array => $this->derive($plan, $channel));

        return $this->applyStay($base, $plan, $stayDate, $los);
    }

    private function channelOrDirect(string $channel): string
    {
        return array_key_exists($channel, self::CHANNEL_MARKUP) ? $channel : 'direct';
    }

    private function derivationKey(RatePlan $plan, string $channel): string
    {
        return sprintf('%s:%s', $plan->code, $channel);
    }

    private function derive(RatePlan $plan, string $channel): array
    {
        $cents = $this->resolveCents($plan);
        $cents = (int) round($cents * (self::CHANNEL_MARKUP[$channel] ?? 1.0));

        $table = [];
        foreach ($plan->occupancyDelta as $adults => $delta) {
            $table[$adults] = $cents + $delta + $plan->mealSupplementCents * $adults;
        }

        return $table;
    }

    private function applyStay(array $base, RatePlan $plan, string $stayDate, int $los): array
    {
        $factor = 1.0;
        if ((int) date('N', strtotime($stayDate)) >= 5) {
            $factor *= 1.15;
        }
        if ($los >= 5) {
            $factor *= 0.93;
        }

        $table = [];
        foreach ($base as $adults => $cents) {
            $table[$adults] = [
                'adults' => $adults,
                'cents' => (int) round($cents * $factor),
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
