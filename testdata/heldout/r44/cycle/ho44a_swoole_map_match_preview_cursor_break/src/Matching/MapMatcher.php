<?php

declare(strict_types=1);

namespace Transit\Matching;

final class MapMatcher
{
    /** @param array<string, float> $profiles max off-road distance per vehicle profile */
    public function __construct(private readonly RoadNetwork $network, private readonly array $profiles)
    {
    }

    /** @param list<array{lat: float, lon: float, t: int, acc?: float}> $trace */
    public function session(array $trace, string $profile): MatchSession
    {
        $samples = array_map(GpsSample::fromArray(...), $trace);
        usort($samples, fn (GpsSample $a, GpsSample $b): int => $a->timestamp <=> $b->timestamp);

        return new MatchSession($this->network, $samples, $this->profiles[$profile] ?? 25.0);
    }
}
