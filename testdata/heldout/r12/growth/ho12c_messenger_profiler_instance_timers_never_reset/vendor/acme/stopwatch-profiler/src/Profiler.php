<?php

declare(strict_types=1);

namespace Acme\Profiler;

final class Timer
{
    public ?float $stoppedAt = null;

    /** @param array<string, string> $tags */
    public function __construct(
        public readonly string $name,
        public readonly float $startedAt,
        public readonly int $startMemory,
        public readonly array $tags,
    ) {
    }
}

/**
 * Process-wide profiler, reachable from anywhere through instance().
 */
final class Profiler
{
    private static ?self $instance = null;

    /** @var array<string, Timer> */
    private array $timers = [];

    public static function instance(): self
    {
        return self::$instance ??= new self();
    }

    /** @param array<string, string> $tags */
    public function start(string $name, array $tags = []): Timer
    {
        return $this->timers[$name] = new Timer($name, microtime(true), memory_get_usage(), $tags); // leak
    }

    public function stop(string $name): void
    {
        if (isset($this->timers[$name])) {
            $this->timers[$name]->stoppedAt = microtime(true);
        }
    }

    /** @return array<string, Timer> */
    public function timers(): array
    {
        return $this->timers;
    }

    public function reset(): void
    {
        $this->timers = [];
    }
}
