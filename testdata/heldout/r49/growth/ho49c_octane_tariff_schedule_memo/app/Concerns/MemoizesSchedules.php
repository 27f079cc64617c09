<?php

namespace App\Concerns;

use App\Domain\RateSchedule;
use App\Domain\ServiceAccount;

/**
 * Building a schedule walks the tariff book and the surcharge ordinances;
 * keep the result for the lifetime of the service.
 */
trait MemoizesSchedules
{
    /** @var array<string, RateSchedule> */
    private array $schedules = [];

    abstract protected function scheduleKey(ServiceAccount $account): string;

    /**
     * @param callable(ServiceAccount): RateSchedule $build
     */
    protected function rememberSchedule(ServiceAccount $account, callable $build): RateSchedule
    {
        $key = $this->scheduleKey($account);

        if (!isset($this->schedules[$key])) {
            $this->schedules[$key] = $build($account); // leak
        }

        return $this->schedules[$key];
    }
}
