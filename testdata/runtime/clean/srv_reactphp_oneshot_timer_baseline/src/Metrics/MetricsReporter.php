<?php

namespace App\Metrics;

final class MetricsReporter
{
    /** @var list<MetricsSnapshot> */
    private array $history = [];
    private int $sent = 0;

    public function __construct(private QueueStats $stats, private string $host)
    {
    }

    public function report(): void
    {
        $snapshot = $this->snapshot();
        $this->history[] = $snapshot;
        $this->send($snapshot->statsdPayload);
    }

    public function publish(): void
    {
        $this->send($this->snapshot()->statsdPayload);
    }

    private function snapshot(): MetricsSnapshot
    {
        $gauges = $this->stats->gauges();
        $lines = [];
        foreach ($gauges as $name => $value) {
            $lines[] = sprintf('app.%s:%s|g|#host:%s,env:production,service:order-worker', $name, $value, $this->host);
        }

        return new MetricsSnapshot(microtime(true), $gauges, implode("\n", $lines));
    }

    private function send(string $payload): void
    {
        $this->sent += strlen($payload);
    }
}
