<?php
// A metrics collector appends samples to $this->samples, but its drain loop compares the limit against $this->dropped and shifts that array, so the samples buffer is never trimmed.

final class MetricsCollector
{
    private const MAX_SAMPLES = 200;
    /** @var list<array{name: string, value: float, tags: array<string, string>}> */
    private array $samples = [];
    /** @var list<string> */
    private array $dropped = [];

    public function record(string $name, float $value, array $tags): void
    {
        $this->samples[] = ['name' => $name, 'value' => $value, 'tags' => $tags]; // leak
        while (count($this->dropped) > self::MAX_SAMPLES) {
            array_shift($this->dropped);
        }
    }

    public function p95(string $name): float
    {
        $values = array_column(array_filter($this->samples, static fn (array $s): bool => $s['name'] === $name), 'value');
        sort($values);
        return $values === [] ? 0.0 : $values[(int) floor((count($values) - 1) * 0.95)];
    }
}

$metrics = new MetricsCollector();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $metrics->record('http.request.duration', 12.5 + $i % 40, ['route' => "/api/orders/{$i}", 'ua' => str_repeat('Mozilla/5.0 ', 50)]);
}
