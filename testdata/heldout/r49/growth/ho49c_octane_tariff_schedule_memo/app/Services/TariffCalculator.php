<?php

namespace App\Services;

use App\Concerns\MemoizesSchedules;
use App\Domain\RateSchedule;
use App\Domain\ServiceAccount;
use DateTimeImmutable;

class TariffCalculator
{
    use MemoizesSchedules;

    public function __construct(private array $tariffBook)
    {
    }

    public function scheduleFor(ServiceAccount $account): RateSchedule
    {
        return $this->rememberSchedule($account, fn (ServiceAccount $a) => $this->build($a));
    }

    public function estimate(ServiceAccount $account, float $kgal): float
    {
        return $this->scheduleFor($account)->charge($kgal);
    }

    protected function scheduleKey(ServiceAccount $account): string
    {
        return implode('/', [
            $account->tariffClass->value,
            $account->meterSize,
            $account->number,
        ]);
    }

    private function build(ServiceAccount $account): RateSchedule
    {
        $book = $this->tariffBook['classes'][$account->tariffClass->value];
        $base = $book['base'] * $this->tariffBook['meter_factors'][$account->meterSize];
        $surcharge = $account->droughtExempt ? 0.0 : $this->tariffBook['drought_surcharge_pct'];

        return new RateSchedule(
            $account->tariffClass,
            $account->meterSize,
            round($base, 2),
            $book['tiers'],
            $surcharge,
            new DateTimeImmutable($this->tariffBook['effective_from']),
            sprintf(
                '%s, %s meter, %d tiers, drought stage %d surcharge %.1f%% (ordinance %s)',
                $account->tariffClass->label(),
                $account->meterSize,
                count($book['tiers']),
                $this->tariffBook['drought_stage'],
                $surcharge,
                $this->tariffBook['ordinance'],
            ),
        );
    }
}
