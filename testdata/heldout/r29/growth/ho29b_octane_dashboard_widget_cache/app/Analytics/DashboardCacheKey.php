<?php

namespace App\Analytics;

final class DashboardCacheKey
{
    public static function for(string $widget, string $sql, DateRange $range): string
    {
        return sprintf('dashboards:%s:%s', $widget, sha1($sql . '|' . http_build_query($range->bindings())));
    }
}
