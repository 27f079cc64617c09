<?php
// The same metrics client, given a threshold: the buffer is sent and
// emptied every fifty samples.

final class Metrics
{
    /** @var list<array{string, float, string}> */
    private array $buffer = [];

    public function __construct(private ?int $flushAt = null) {}

    public function timing(string $name, float $ms): void
    {
        $this->buffer[] = [$name, $ms, str_repeat('t', 600)];
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
$metrics = new Metrics(50);
for ($i = 0; $i < $n; $i++) {
    $metrics->timing("request.{$i}", 12.5);
}
