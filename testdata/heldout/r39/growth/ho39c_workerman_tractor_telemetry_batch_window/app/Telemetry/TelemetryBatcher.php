<?php

namespace App\Telemetry;

final class TelemetryBatcher
{
    /** @var list<string> */
    private array $window = [];
    private int $windowOpenedAt;
    public int $flushedLines = 0;

    public function __construct(
        private readonly Clock $clock,
        private readonly TimeseriesSink $sink,
        private readonly int $flushEverySeconds = 30,
    ) {
        $this->windowOpenedAt = $this->clock->now();
    }

    public function add(TelemetryFrame $frame): void
    {
        $this->window[] = $frame->toLine(); // leak

        if ($this->windowIsDue($frame->recordedAt)) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->window !== []) {
            $this->flushedLines += $this->sink->write($this->window);
        }
        $this->window = [];
        $this->windowOpenedAt = $this->clock->now();
    }

    private function windowIsDue(int $frameTime): bool
    {
        return $frameTime - $this->windowOpenedAt >= $this->flushEverySeconds;
    }
}

final class TimeseriesSink
{
    public int $batches = 0;

    public function __construct(private readonly string $bucket)
    {
    }

    /** @param list<string> $lines */
    public function write(array $lines): int
    {
        $this->batches++;

        return count($lines);
    }
}
