<?php
// A consumer drains a queue and stores every result by job id.

final class ThumbnailJob
{
    public function __construct(public readonly int $id, public readonly string $path) {}
}

final class SplJobQueue
{
    private SplQueue $inner;

    public function __construct(int $count)
    {
        $this->inner = new SplQueue();
        for ($i = 0; $i < $count; $i++) {
            $this->inner->enqueue(new ThumbnailJob($i, "/uploads/2024/{$i}.jpg"));
        }
    }

    public function pop(): ?ThumbnailJob
    {
        return $this->inner->isEmpty() ? null : $this->inner->dequeue();
    }
}

function makeThumbnail(ThumbnailJob $job): array
{
    return ['src' => $job->path, 'sizes' => ['sm' => $job->path . '?w=200', 'lg' => $job->path . '?w=1200'], 'exif' => str_repeat('ExifTag;', 60)];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new SplJobQueue($n);
$results = [];
while ($job = $queue->pop()) {
    $results[$job->id] = makeThumbnail($job); // leak
}
