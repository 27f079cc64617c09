<?php

declare(strict_types=1);

namespace Citymap\Routing;

/** Contracted road graph of the served region, loaded once per worker. */
final class RoadGraph
{
    /** @var array<int, array{0: float, 1: float}> */
    private array $nodes = [];
    /** @var array<int, array<int, float>> adjacency, metres */
    private array $edges = [];

    public function __construct(public readonly string $version)
    {
    }

    public static function grid(string $version, float $south, float $west, float $north, float $east, int $side): self
    {
        $graph = new self($version);
        for ($r = 0; $r < $side; $r++) {
            for ($c = 0; $c < $side; $c++) {
                $graph->nodes[$r * $side + $c] = [
                    $south + ($north - $south) * $r / ($side - 1),
                    $west + ($east - $west) * $c / ($side - 1),
                ];
            }
        }
        foreach ($graph->nodes as $id => $_) {
            $r = intdiv($id, $side);
            $c = $id % $side;
            foreach ([[0, 1], [1, 0], [0, -1], [-1, 0]] as [$dr, $dc]) {
                $nr = $r + $dr;
                $nc = $c + $dc;
                if ($nr < 0 || $nc < 0 || $nr >= $side || $nc >= $side) {
                    continue;
                }
                $to = $nr * $side + $nc;
                $graph->edges[$id][$to] = $graph->haversine($graph->nodes[$id], $graph->nodes[$to]) * (1.0 + (($id * 31 + $to) % 7) / 20);
            }
        }

        return $graph;
    }

    public function nearest(float $lat, float $lon): int
    {
        $best = 0;
        $bestDistance = INF;
        foreach ($this->nodes as $id => $coord) {
            $d = ($coord[0] - $lat) ** 2 + ($coord[1] - $lon) ** 2;
            if ($d < $bestDistance) {
                $best = $id;
                $bestDistance = $d;
            }
        }

        return $best;
    }

    /** @return array<int, float> */
    public function neighbours(int $node): array
    {
        return $this->edges[$node] ?? [];
    }

    /** @return array{0: float, 1: float} */
    public function coordinate(int $node): array
    {
        return $this->nodes[$node];
    }

    /** @param array{0: float, 1: float} $a @param array{0: float, 1: float} $b */
    public function haversine(array $a, array $b): float
    {
        $dLat = deg2rad($b[0] - $a[0]);
        $dLon = deg2rad($b[1] - $a[1]);
        $h = sin($dLat / 2) ** 2 + cos(deg2rad($a[0])) * cos(deg2rad($b[0])) * sin($dLon / 2) ** 2;

        return 2 * 6_371_000 * asin(min(1.0, sqrt($h)));
    }
}
