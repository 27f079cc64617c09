<?php

declare(strict_types=1);

namespace Transit\Matching;

/**
 * Snaps one vehicle trace onto the network. Points are produced lazily so
 * callers that only need the head of a long trace do not pay for the rest.
 */
final class MatchSession
{
    private ?\Generator $cursor = null;
    private ?RoadSegment $previous = null;

    /** @param list<GpsSample> $samples */
    public function __construct(
        private readonly RoadNetwork $network,
        private readonly array $samples,
        private readonly float $maxOffRoadMetres,
    ) {
    }

    /** @return \Generator<int, SnappedPoint> */
    public function points(): \Generator
    {
        return $this->cursor ??= $this->snap(); // leak
    }

    public function sampleCount(): int
    {
        return count($this->samples);
    }

    private function snap(): \Generator
    {
        foreach ($this->samples as $i => $sample) {
            $best = null;
            $bestScore = INF;
            $bestProjection = [$sample->lat, $sample->lon, INF];
            foreach ($this->network->near($sample->lat, $sample->lon) as $segment) {
                $projection = $segment->project($sample->lat, $sample->lon);
                // stay on the same road unless another one is clearly closer
                $score = $projection[2] * ($segment === $this->previous ? 0.7 : 1.0);
                if ($score < $bestScore) {
                    [$best, $bestScore, $bestProjection] = [$segment, $score, $projection];
                }
            }
            if ($best === null || $bestProjection[2] > $this->maxOffRoadMetres + $sample->accuracy) {
                yield $i => new SnappedPoint($sample, null, $sample->lat, $sample->lon, INF);
                continue;
            }
            $this->previous = $best;
            yield $i => new SnappedPoint($sample, $best, $bestProjection[0], $bestProjection[1], $bestProjection[2]);
        }
    }
}
