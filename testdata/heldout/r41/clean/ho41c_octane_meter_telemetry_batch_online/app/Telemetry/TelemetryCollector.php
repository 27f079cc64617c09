<?php

namespace App\Telemetry;

final class TelemetryCollector
{
    /** @var list<ReadingPoint> */
    private array $pending = [];

    public function __construct(
        private HistorianWriter $writer,
        private int $flushAt,
    ) {
    }

    public function record(ReadingPoint $point): void
    {
        $this->pending[] = $point;

        if ($this->shouldFlush()) {
            $this->flush();
        }
    }

    private function shouldFlush(): bool
    {
        return count($this->pending) >= $this->flushAt && $this->writer->isOnline();
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->writer->copy($this->pending);
        $this->pending = [];
    }
}
