<?php
// A tracing helper in a queue worker records each started span in a map keyed by spl_object_id() of the span.

final class Span
{
    public ?float $endedAt = null;
    /** @var array<string, string> */
    public array $attributes = [];

    public function __construct(public readonly string $name, public readonly float $startedAt) {}

    public function setAttribute(string $key, string $value): void
    {
        $this->attributes[$key] = $value;
    }
}

final class Tracer
{
    /** @var array<int, Span> */
    private array $spans = [];

    public function startSpan(string $name): Span
    {
        $span = new Span($name, microtime(true));
        $this->spans[spl_object_id($span)] = $span; // leak
        return $span;
    }

    public function endSpan(Span $span): float
    {
        $span->endedAt = microtime(true);
        return $span->endedAt - $this->spans[spl_object_id($span)]->startedAt;
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
