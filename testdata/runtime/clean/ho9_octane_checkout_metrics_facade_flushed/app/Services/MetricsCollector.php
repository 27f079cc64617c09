<?php

namespace App\Services;

final class MetricsCollector
{
    private array $samples = [];

    public function __construct(private string $prefix) {}

    public function record(string $name, float $value, array $tags = []): void
    {
        $this->samples[] = ['name' => $this->prefix . $name, 'value' => $value, 'tags' => $tags, 'ts' => microtime(true)];
    }
}
