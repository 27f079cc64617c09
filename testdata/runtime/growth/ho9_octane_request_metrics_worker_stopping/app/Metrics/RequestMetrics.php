<?php

namespace App\Metrics;

final class Sample
{
    public function __construct(public readonly string $route, public readonly float $durationMs, public readonly array $tags, public readonly string $userAgent) {}
}

final class RequestMetrics
{
    private array $pending = [];
    public int $exported = 0;

    public function record(Sample $sample): void
    {
        $this->pending[] = $sample; // leak
    }

    public function flush(): void
    {
        $this->exported += count($this->pending);
        $this->pending = [];
    }
}
