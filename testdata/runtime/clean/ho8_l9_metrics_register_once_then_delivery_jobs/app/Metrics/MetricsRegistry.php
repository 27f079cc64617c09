<?php

namespace App\Metrics;

final class Counter
{
    public int $value = 0;
    public function __construct(public readonly string $name, public readonly array $labels, public readonly string $help) {}
}

final class MetricsRegistry
{
    /** @var array<string, Counter> */
    private array $series = [];

    public function register(string $name, array $labels, string $help = ''): void
    {
        $key = $name . '{' . http_build_query($labels, '', ',') . '}';
        $this->series[$key] ??= new Counter($name, $labels, $help);
    }

    public function increment(string $name, array $labels): void
    {
        $key = $name . '{' . http_build_query($labels, '', ',') . '}';
        if (isset($this->series[$key])) {
            $this->series[$key]->value++;
        }
    }
}
