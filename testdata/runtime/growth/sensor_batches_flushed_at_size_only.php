<?php
// A telemetry consumer batches readings per stream and writes a batch
// out when it holds 50 readings; a stream that ends with fewer (each has
// three) keeps its batch, and the map of open batches keeps one per
// stream ever seen.

final class BatchWriter
{
    /** @var array<string, list<array>> */
    private array $open = [];
    public int $written = 0;

    public function add(string $stream, array $reading, bool $lastOfStream): void
    {
        $this->open[$stream][] = $reading; // leak
        if (count($this->open[$stream]) >= 50) {
            $this->written += count($this->open[$stream]);
            unset($this->open[$stream]);
        }
    }
}

$writer = new BatchWriter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $stream = 'sensor-' . intdiv($i, 3);
    for ($k = 0; $k < 3; $k++) {
        $writer->add($stream, ['seq' => $k, 'value' => str_repeat('v', 200 + $i % 7)], $k === 2);
    }
}
