<?php
// A long-lived job handler records metrics through an injected interface; the worker flushes the recorder after each job.

interface MetricsRecorderInterface
{
    public function record(string $metric, float $value, array $tags = []): void;
}

final class InMemoryMetricsRecorder implements MetricsRecorderInterface
{
    /** @var array<string, list<array>> */
    private array $samples = [];

    public function record(string $metric, float $value, array $tags = []): void
    {
        $this->samples[$metric][] = ['value' => $value, 'tags' => $tags];
    }

    public function flush(): array
    {
        $samples = $this->samples;
        $this->samples = [];
        return $samples;
    }
}

final class ResizeImageHandler
{
    public function __construct(private MetricsRecorderInterface $metrics) {}

    public function __invoke(array $job): string
    {
        $started = hrtime(true);
        $thumb = sprintf('%s@%dx%d', $job['path'], $job['w'], $job['h']);
        $this->metrics->record('image.resize.ms', (hrtime(true) - $started) / 1e6, [
            'path' => $job['path'],
            'bucket' => 'media-' . str_repeat('eu-west-', 25),
        ]);
        return $thumb;
    }
}

$GLOBALS['container'] = [
    MetricsRecorderInterface::class => new InMemoryMetricsRecorder(),
];
$GLOBALS['container'][ResizeImageHandler::class] = new ResizeImageHandler($GLOBALS['container'][MetricsRecorderInterface::class]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler = $GLOBALS['container'][ResizeImageHandler::class];
    $handler(['path' => "uploads/{$i}.jpg", 'w' => 320, 'h' => 240]);
    $GLOBALS['container'][MetricsRecorderInterface::class]->flush();
}
