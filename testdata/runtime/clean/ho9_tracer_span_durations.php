<?php
// A tracing helper in a queue worker records each span's start time in a map keyed by spl_object_id() of the span.

final class Span
{
    public ?float $endedAt = null;
    /** @var array<string, string> */
    public array $attributes = [];

    public function __construct(public readonly string $name) {}

    public function setAttribute(string $key, string $value): void
    {
        $this->attributes[$key] = $value;
    }
}

final class Tracer
{
    /** @var array<int, float> */
    private array $startedAt = [];
    /** @var array<string, float> */
    public array $totals = [];

    public function startSpan(string $name): Span
    {
        $span = new Span($name);
        $this->startedAt[spl_object_id($span)] = microtime(true);
        return $span;
    }

    public function endSpan(Span $span): float
    {
        $span->endedAt = microtime(true);
        $elapsed = $span->endedAt - $this->startedAt[spl_object_id($span)];
        $this->totals[$span->name] = ($this->totals[$span->name] ?? 0.0) + $elapsed;
        return $elapsed;
    }
}

final class InvoiceJobHandler
{
    public float $busy = 0.0;

    public function __construct(private Tracer $tracer) {}

    public function handle(array $job): void
    {
        $span = $this->tracer->startSpan('invoice.render');
        $span->setAttribute('invoice.id', (string) $job['id']);
        $span->setAttribute('invoice.lines', implode(',', $job['lines']));
        $html = '<table>' . str_repeat('<tr><td>line</td></tr>', count($job['lines'])) . '</table>';
        $span->setAttribute('render.bytes', (string) strlen($html));
        $this->busy += $this->tracer->endSpan($span);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new InvoiceJobHandler(new Tracer());
$i = 0;
while ($i < $n) {
    $lines = [];
    for ($k = 1; $k <= 24; $k++) {
        $lines[] = sprintf('SKU-%05d-%02d', $i, $k);
    }
    $handler->handle(['id' => 5000 + $i, 'lines' => $lines]);
    $i++;
}
