<?php
// A tracer shared by all jobs tracks open spans in a WeakMap and only removes a span explicitly once an enabled exporter has shipped it.

final class Span
{
    public ?float $endedAt = null;

    public function __construct(
        public readonly string $name,
        public readonly float $startedAt,
        public readonly array $attributes,
    ) {}
}

interface SpanExporter
{
    public function isEnabled(): bool;

    public function export(Span $span, array $meta): void;
}

final class NullExporter implements SpanExporter
{
    public function isEnabled(): bool
    {
        return false;
    }

    public function export(Span $span, array $meta): void {}
}

final class Tracer
{
    private WeakMap $active;

    public function __construct(private SpanExporter $exporter)
    {
        $this->active = new WeakMap();
    }

    public function start(string $name, array $attributes): Span
    {
        $span = new Span($name, microtime(true), $attributes);
        $this->active[$span] = ['parent' => null, 'links' => []];
        return $span;
    }

    public function end(Span $span): void
    {
        $span->endedAt = microtime(true);
        if ($this->exporter->isEnabled()) {
            $this->exporter->export($span, $this->active[$span]);
            unset($this->active[$span]);
        }
    }
}

final class ResizeImageHandler
{
    public function __construct(private Tracer $tracer) {}

    public function __invoke(array $job): string
    {
        $span = $this->tracer->start('image.resize', [
            'job.id' => $job['id'],
            'image.source' => $job['source'],
            'image.exif' => $job['exif'],
        ]);
        try {
            return sprintf('%s@%dx%d', $job['source'], $job['width'], $job['height']);
        } finally {
            $this->tracer->end($span);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new ResizeImageHandler(new Tracer(new NullExporter()));
for ($i = 0; $i < $n; $i++) {
    $handler([
        'id' => 'job-' . $i,
        'source' => "s3://uploads/2024/{$i}.jpg",
        'exif' => str_repeat("Make=Canon;Model=EOS {$i};", 20),
        'width' => 640,
        'height' => 480,
    ]);
}
