<?php
// Long-running image-resize queue worker; a StatsD client buffers metric packets and sends them from a flush hook.

final class StatsdClient
{
    private array $packets = [];
    public int $sentBytes = 0;

    public function __construct(private string $prefix)
    {
        register_shutdown_function([$this, 'flush']);
    }

    public function timing(string $key, float $ms, array $tags): void
    {
        $tagList = implode(',', array_map(fn ($k, $v) => "$k:$v", array_keys($tags), $tags));
        $this->packets[] = sprintf('%s.%s:%.3f|ms|#%s', $this->prefix, $key, $ms, $tagList); // leak
    }

    public function flush(): void
    {
        $this->sentBytes += strlen(implode("\n", $this->packets));
        $this->packets = [];
    }
}

final class ResizeJob
{
    public function __construct(public readonly string $path, public readonly int $width, public readonly string $bucket) {}
}

final class ResizeHandler
{
    public function __construct(private StatsdClient $statsd) {}

    public function handle(ResizeJob $job): void
    {
        $thumb = str_repeat(chr(65 + $job->width % 26), 256);
        $this->statsd->timing('images.resize', strlen($thumb) / 10, [
            'bucket' => $job->bucket,
            'width' => $job->width,
            'source' => $job->path,
            'pipeline' => 'imagick-lanczos-sharpen-strip-exif-progressive-jpeg',
            'host' => 'worker-' . str_repeat('eu-central-1a-', 30),
        ]);
    }
}

final class RedisQueue
{
    private int $popped = 0;

    public function __construct(private int $available) {}

    public function pop(): ?ResizeJob
    {
        if ($this->popped >= $this->available) {
            return null;
        }
        $this->popped++;
        return new ResizeJob('uploads/2024/05/photo-' . $this->popped . '-' . str_repeat('a', 120) . '.jpg', 320 + $this->popped % 5, 'media-eu');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$statsd = new StatsdClient('media');
$handler = new ResizeHandler($statsd);
$queue = new RedisQueue($n);

while (($job = $queue->pop()) !== null) {
    $handler->handle($job);
}
