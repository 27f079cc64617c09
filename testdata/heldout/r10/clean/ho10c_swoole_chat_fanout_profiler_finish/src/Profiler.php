<?php

declare(strict_types=1);

namespace Chat\Support;

final class Span
{
    public ?int $endedAt = null;

    public function __construct(
        public readonly string $name,
        public readonly int $startedAt,
        public readonly array $tags,
    ) {
    }
}

/** Lightweight in-process profiler; totals are scraped by /metrics. */
final class Profiler
{
    private static ?self $instance = null;

    /** @var array<string, Span> */
    private array $running = [];

    /** @var array<string, array{count: int, ns: int}> */
    private array $totals = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    public function start(string $name, array $tags = []): void
    {
        $this->running[$name] = new Span($name, hrtime(true), $tags);
    }

    public function stop(string $name): void
    {
        $span = $this->running[$name] ?? null;
        if ($span === null) {
            return;
        }
        unset($this->running[$name]);

        $group = strstr($name, ':', true) ?: $name;
        $this->totals[$group] ??= ['count' => 0, 'ns' => 0];
        $this->totals[$group]['count']++;
        $this->totals[$group]['ns'] += hrtime(true) - $span->startedAt;
    }

    public function totals(): array
    {
        return $this->totals;
    }
}
