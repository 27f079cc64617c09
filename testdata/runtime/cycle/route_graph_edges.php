<?php
// A route planner builds a graph where each edge knows both stations and stations know their edges.

final class Station
{
    /** @var list<Edge> */
    public array $edges = [];

    public function __construct(public readonly string $code, public readonly string $name) {}
}

final class Edge
{
    public function __construct(public Station $from, public Station $to, public int $minutes) // leak
    {
        $from->edges[] = $this; // leak
        $to->edges[] = $this; // leak
    }
}

function shortestHop(array $stations, array $links): int
{
    $byCode = [];
    foreach ($stations as [$code, $name]) {
        $byCode[$code] = new Station($code, $name);
    }
    foreach ($links as [$a, $b, $m]) {
        new Edge($byCode[$a], $byCode[$b], $m);
    }
    $best = PHP_INT_MAX;
    foreach ($byCode['A']->edges as $edge) {
        $best = min($best, $edge->minutes);
    }
    return $best;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    shortestHop(
        [['A', 'Central ' . $i], ['B', str_repeat('North Gate ', 10)], ['C', str_repeat('Harbour ', 10)]],
        [['A', 'B', 4 + $i % 3], ['B', 'C', 7], ['A', 'C', 12]],
    );
}
