<?php

declare(strict_types=1);

namespace App\Reefer;

final class ReeferMonitor
{
    public function __construct(
        private readonly AlarmDispatchQueue $alarms,
        private readonly float $maxDeviation,
    ) {}

    public function check(ReeferReading $reading): ?ReeferAlarm
    {
        if ($reading->deviation() <= $this->maxDeviation) {
            return null;
        }
        $alarm = new ReeferAlarm(
            $reading,
            $reading->deviation() > 2 * $this->maxDeviation ? 'critical' : 'warning',
            sprintf('%s at %s: supply %.1fC vs setpoint %.1fC (%s)', $reading->container, $reading->stackPosition, $reading->supply, $reading->setpoint, implode(',', $reading->alarmCodes)),
        );
        $this->alarms->push($alarm);

        return $alarm;
    }
}
