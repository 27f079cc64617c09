<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Events\ThumbnailFrameExtracted;
use App\Media\FrameExtractor;
use App\Media\ThumbnailWriter;
use App\Support\ReportsProgress;
use Illuminate\Events\Dispatcher;

final class GenerateVideoThumbnails
{
    use ReportsProgress;

    public int $tries = 3;

    public function __construct(
        public int $videoId,
        public int $uploaderId,
        public string $sourcePath,
        public float $durationSeconds,
        public array $meta = [],
    ) {
    }

    public function handle(Dispatcher $events, FrameExtractor $frames, ThumbnailWriter $writer): void
    {
        $events->listen(ThumbnailFrameExtracted::class, $this->progressListener()); // leak

        $timestamps = $this->timestamps(3);
        foreach ($frames->extract($this->sourcePath, $timestamps) as $index => $jpeg) {
            $path = $writer->write($this->videoId, $index, $jpeg);
            $events->dispatch(new ThumbnailFrameExtracted($this->videoId, $index + 1, count($timestamps), $path));
        }
    }

    public function failed(\Throwable $e): void
    {
        app(Dispatcher::class)->forget(ThumbnailFrameExtracted::class);
    }

    /** @return list<float> evenly spaced, skipping the first and last 5% */
    private function timestamps(int $count): array
    {
        $start = $this->durationSeconds * 0.05;
        $step = ($this->durationSeconds * 0.9) / max(1, $count - 1);

        return array_map(static fn (int $i): float => round($start + $i * $step, 2), range(0, $count - 1));
    }
}
