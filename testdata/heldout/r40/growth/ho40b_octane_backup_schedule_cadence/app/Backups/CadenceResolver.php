<?php

namespace App\Backups;

final class CadenceResolver
{
    use BuildsCadenceKeys;

    /** @var array<string, BackupCadence> */
    private array $resolved = [];

    public function __construct(private array $blackout)
    {
    }

    public function for(BackupPolicy $policy): BackupCadence
    {
        $key = $this->cadenceKey($policy);

        return $this->resolved[$key] ??= $this->build($policy); // leak
    }

    private function build(BackupPolicy $policy): BackupCadence
    {
        $zone = new \DateTimeZone($policy->timezone);

        return new BackupCadence(
            $policy->frequency->cron(),
            new \DateInterval($policy->frequency->intervalSpec()),
            $zone,
            sprintf(
                'Runs %s at minute 17 (%s), skipped during the %s maintenance window of %s, keeps %d copies on %s',
                $policy->frequency->value,
                $zone->getName(),
                $this->blackout['weekday'],
                $policy->serverId,
                $policy->retention,
                $policy->target,
            ),
            $this->blackout,
        );
    }
}
