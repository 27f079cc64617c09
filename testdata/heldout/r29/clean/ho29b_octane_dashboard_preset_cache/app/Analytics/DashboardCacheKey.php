<?php

namespace App\Analytics;

final class DashboardCacheKey
{
    public static function for(string $widget, string $sql, DateRange $range): string
    {
        return sprintf('dashboards:%s:%s:%s', $widget, $range->preset, substr(sha1($sql), 0, 12));
    }
}
