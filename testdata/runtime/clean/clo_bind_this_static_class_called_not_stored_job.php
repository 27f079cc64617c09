<?php
// A queue job binds its middleware closures to itself with Closure::bind($fn, $this, static::class) but runs each at once, storing only the result.

abstract class QueueJob
{
    protected array $payload = [];

    public function __construct(protected string $queue, protected int $attempt) {}

    abstract protected function middleware(): array;

    public function fire(array $payload): array
    {
        $this->payload = $payload;
        foreach ($this->middleware() as $stage) {
            $this->payload = Closure::bind($stage, $this, static::class)($this->payload);
        }
        return $this->payload;
    }
}

final class ResizeImageJob extends QueueJob
{
    private string $exifDump;

    public function __construct(string $queue, int $attempt, private int $maxWidth)
    {
        parent::__construct($queue, $attempt);
        $this->exifDump = str_repeat('exif:', 140);
    }

    protected function middleware(): array
    {
        return [
            function (array $p): array { return $p + ['queue' => $this->queue, 'attempt' => $this->attempt]; },
            function (array $p): array { return ['width' => min($p['width'], $this->maxWidth)] + $p; },
        ];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new ResizeImageJob('images', 1, 1024);
    $job->fire(['path' => "/uploads/{$i}.jpg", 'width' => 800 + $i % 600]);
}
unset($job);
