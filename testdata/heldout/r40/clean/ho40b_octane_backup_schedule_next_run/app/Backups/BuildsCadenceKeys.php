<?php

namespace App\Backups;

trait BuildsCadenceKeys
{
    protected function cadenceKey(BackupPolicy $policy): string
    {
        return implode(':', [$policy->frequency->value, $policy->timezone]);
    }
}
