<?php

namespace App\Backups;

/**
 * What the scheduler needs to place a policy on the timeline: cron
 * expression, step, human description and the maintenance blackout.
 */
final class BackupCadence
{
    public function __construct(
        public readonly string $cron,
        public readonly \DateInterval $step,
        public readonly \DateTimeZone $zone,
        public readonly string $description,
        public readonly array $blackout,
    ) {
    }

    public function nextRunAfter(\DateTimeImmutable $now): \DateTimeImmutable
    {
        [$minute, $hour] = explode(' ', $this->cron);
        $local = $now->setTimezone($this->zone);
        $next = $local->setTime($hour === '*' ? (int) $local->format('G') : (int) $hour, (int) $minute);
        while ($next <= $local) {
            $next = $next->add($this->step);
        }

        return $next;
    }
}
