<?php

declare(strict_types=1);

namespace Transit\Matching;

/** Road segments bucketed on a coarse grid, built once per worker. */
final class RoadNetwork
{
    private const CELL = 0.004;

    /** @var array<string, list<RoadSegment>> */
    private array $cells = [];

    /** @param list<RoadSegment> $segments */
    public function __construct(array $segments)
    {
        foreach ($segments as $segment) {
            foreach ([$segment->from, $segment->to] as [$lat, $lon]) {
                $cell = $this->cell($lat, $lon);
                if (!in_array($segment, $this->cells[$cell] ?? [], true)) {
                    $this->cells[$cell][] = $segment;
                }
            }
        }
    }

    public static function lattice(float $south, float $west, int $rows, int $cols, float $step): self
    {
        $segments = [];
        $id = 0;
        for ($r = 0; $r < $rows; $r++) {
            for ($c = 0; $c < $cols; $c++) {
                $a = [$south + $r * $step, $west + $c * $step];
                $segments[] = new RoadSegment(++$id, sprintf('Rue %d-%d', $r, $c), $a, [$a[0], $a[1] + $step]);
                $segments[] = new RoadSegment(++$id, sprintf('Avenue %d-%d', $r, $c), $a, [$a[0] + $step, $a[1]]);
            }
        }

        return new self($segments);
    }

    /** @return list<RoadSegment> */
    public function near(float $lat, float $lon): array
    {
        $own = $this->cells[$this->cell($lat, $lon)] ?? [];
        if ($own !== []) {
            return $own;
        }
        $found = [];
        foreach ([[-1, 0], [1, 0], [0, -1], [0, 1]] as [$dr, $dc]) {
            foreach ($this->cells[$this->cell($lat + $dr * self::CELL, $lon + $dc * self::CELL)] ?? [] as $segment) {
                $found[$segment->id] = $segment;
            }
        }

        return array_values($found);
    }

    private function cell(float $lat, float $lon): string
    {
        return intdiv((int) round($lat / self::CELL * 10), 10) . ':' . intdiv((int) round($lon / self::CELL * 10), 10);
    }
}
