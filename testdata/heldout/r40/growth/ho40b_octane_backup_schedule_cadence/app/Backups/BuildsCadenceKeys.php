<?php

namespace App\Backups;

trait BuildsCadenceKeys
{
    protected function cadenceKey(BackupPolicy $policy): string
    {
        return implode(':', [$policy->serverId, $policy->frequency->value, $policy->timezone]);
    }
}
