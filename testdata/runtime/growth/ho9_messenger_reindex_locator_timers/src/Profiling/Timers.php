<?php

namespace App\Profiling;

final class Timers
{
    private array $running = [];
    private array $totals = [];

    public function start(string $name, string $category, array $tags = []): void
    {
        $this->running[$name] = ['category' => $category, 'start' => hrtime(true), 'mem' => memory_get_usage(), 'tags' => $tags]; // leak
    }

    public function stop(string $name): float
    {
        $timer = $this->running[$name];
        unset($this->running[$name]);
        $ms = (hrtime(true) - $timer['start']) / 1e6;
        $this->totals[$timer['category']] = ($this->totals[$timer['category']] ?? 0.0) + $ms;
        return $ms;
    }
}
