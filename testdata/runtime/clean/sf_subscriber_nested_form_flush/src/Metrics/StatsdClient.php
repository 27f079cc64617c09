<?php

namespace App\Metrics;

/**
 * Formats metrics as StatsD lines; the UDP socket is left out.
 */
final class StatsdClient
{
    public function __construct(private string $prefix = 'shop.web')
    {
    }

    /**
     * @param array<string, int> $counters
     */
    public function sendCounters(array $counters): int
    {
        $packet = '';
        foreach ($counters as $name => $value) {
            $packet .= sprintf("%s.%s:%d|c\n", $this->prefix, $name, $value);
        }

        return \strlen($packet);
    }

    /**
     * @param list<array{route: string, ms: float}> $timings
     */
    public function sendTimings(array $timings): int
    {
        $packet = '';
        foreach ($timings as $timing) {
            $packet .= sprintf("%s.%s:%.3f|ms\n", $this->prefix, $timing['route'], $timing['ms']);
        }

        return \strlen($packet);
    }
}
