<?php
namespace App\Metrics;

final class RouteTimings
{
    public int $count = 0;
    public float $totalMs = 0.0;
    public float $maxMs = 0.0;
    public string $slowestPreview = '';

    public function __construct(public readonly string $route) {}

    public function record(float $milliseconds, string $preview): void
    {
        $this->count++;
        $this->totalMs += $milliseconds;
        if ($milliseconds >= $this->maxMs) {
            $this->maxMs = $milliseconds;
            $this->slowestPreview = $preview;
        }
    }
}
