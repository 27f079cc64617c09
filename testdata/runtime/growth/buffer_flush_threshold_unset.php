<?php
// A metrics client buffers samples and sends them when a threshold is
// reached; the threshold is optional and the worker never sets it, so
// the buffer only grows.

final class Metrics
{
    /** @var list<array{string, float, string}> */
    private array $buffer = [];

    public function __construct(private ?int $flushAt = null) {}

    public function timing(string $name, float $ms): void
    {
        $this->buffer[] = [$name, $ms, str_repeat('t', 600)]; // leak
        if ($this->flushAt !== null && count($this->buffer) >= $this->flushAt) {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $this->buffer = [];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$metrics = new Metrics();
for ($i = 0; $i < $n; $i++) {
    $metrics->timing("request.{$i}", 12.5);
}
