<?php
// A metrics shipper buffers one sample per request and ships a batch
// once shouldShip() says so. shouldShip() also requires the shipper to
// have been enabled, which the worker does at boot: every twentieth
// request ships the batch and empties the buffer.

final class MetricsShipper
{
    private bool $enabled = false;

    /** @var list<array{string, float, string}> */
    private array $buffer = [];

    public function __construct(private readonly int $batchSize = 20)
    {
    }

    public function enable(): void
    {
        $this->enabled = true;
    }

    public function record(string $name, float $value, string $route): void
    {
        $this->buffer[] = [$name, $value, $route];
        if ($this->shouldShip()) {
            $this->ship();
        }
    }

    private function shouldShip(): bool
    {
        return $this->enabled && count($this->buffer) >= $this->batchSize;
    }

    private function ship(): void
    {
        $lines = array_map(static fn (array $s): string => implode(' ', [$s[0], (string) $s[1], $s[2]]), $this->buffer);
        $this->buffer = [];
        strlen(implode("\n", $lines));
    }
}

$shipper = new MetricsShipper();
$shipper->enable();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $shipper->record('http.latency_ms', 12.5 + $i % 40, '/orders/' . (50000 + $i) . '/items?expand=' . str_repeat('lines,', 60));
}
