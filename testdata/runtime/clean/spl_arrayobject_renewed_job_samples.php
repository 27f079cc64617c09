<?php
// A queue worker's metrics collector appends each job's sample with $samples[] = ... to a static ArrayObject replaced by a new one after each job.

final class JobMetrics
{
    private static ?ArrayObject $samples = null;

    public static function record(string $job, float $ms, array $context): void
    {
        self::$samples ??= new ArrayObject();
        self::$samples[] = ['job' => $job, 'ms' => $ms, 'context' => $context];
    }

    public static function flush(): float
    {
        $total = 0.0;
        foreach (self::$samples ?? [] as $sample) {
            $total += $sample['ms'];
        }
        $avg = self::$samples && count(self::$samples) ? $total / count(self::$samples) : 0.0;
        self::$samples = new ArrayObject();
        return $avg;
    }
}

final class ResizeImageJob
{
    public function __construct(public readonly string $path, public readonly int $width) {}

    public function handle(): void
    {
        $start = hrtime(true);
        $thumb = $this->path . "@{$this->width}w";
        JobMetrics::record(self::class, (hrtime(true) - $start) / 1e6, ['thumb' => $thumb, 'exif' => str_repeat('E', 620)]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new ResizeImageJob("/uploads/{$i}.jpg", 320))->handle();
    JobMetrics::flush();
}
