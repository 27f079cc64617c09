<?php

namespace App\Metrics;

final class Sample
{
    public function __construct(public readonly string $name, public readonly float $value, public readonly array $labels) {}
}

final class RequestMetrics
{
    private int $dbQueries = 0;
    private int $cacheMisses = 0;
    /** @var list<Sample> */
    private array $samples = [];

    public function observe(string $name, float $value, array $labels = []): void
    {
        $this->samples[] = new Sample($name, $value, $labels);
    }

    public function countQuery(bool $cacheMiss): void
    {
        $this->dbQueries++;
        $this->cacheMisses += (int) $cacheMiss;
    }

    public function resetCounters(): void
    {
        $this->dbQueries = 0;
        $this->cacheMisses = 0;
    }

    public function reset(): void
    {
        $this->resetCounters();
        $this->samples = [];
    }
}
