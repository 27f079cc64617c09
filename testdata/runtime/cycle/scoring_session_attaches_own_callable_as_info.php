<?php
// A route planner runs a set of scorers over each parcel route. The
// session keeps the scorers in an SplObjectStorage, each attached with
// $this->record(...) as its info: the storage keeps the callable, the
// callable keeps the session, and the session keeps the storage. Nothing
// detaches them, so every session stays until the cycle collector runs.

interface Scorer
{
    public function score(array $route, Closure $report): void;
}

final class DistanceScorer implements Scorer
{
    public function score(array $route, Closure $report): void
    {
        $report('distance', array_sum($route['legs']));
    }
}

final class StopScorer implements Scorer
{
    public function score(array $route, Closure $report): void
    {
        $report('stops', count($route['legs']) * 3);
    }
}

final class ScoringSession
{
    private SplObjectStorage $scorers;
    private array $scores = [];

    public function __construct(private array $route, iterable $scorers)
    {
        $this->scorers = new SplObjectStorage();
        foreach ($scorers as $scorer) {
            $this->scorers->attach($scorer, $this->record(...)); // leak
        }
    }

    private function record(string $name, int $value): void
    {
        $this->scores[] = [$name, $value, str_repeat('.', 64)];
    }

    public function run(): array
    {
        foreach ($this->scorers as $scorer) {
            $scorer->score($this->route, $this->scorers[$scorer]);
        }

        return $this->scores;
    }
}

final class Planner
{
    public function __construct(private array $scorers)
    {
    }

    public function plan(array $route): array
    {
        return (new ScoringSession($route, $this->scorers))->run();
    }
}

$planner = new Planner([new DistanceScorer(), new StopScorer()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $planner->plan(['id' => 'R' . $i, 'legs' => [3 + $i % 5, 7, 11 + $i % 3]]);
}
