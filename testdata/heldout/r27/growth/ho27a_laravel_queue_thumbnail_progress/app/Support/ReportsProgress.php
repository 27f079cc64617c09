<?php

declare(strict_types=1);

namespace App\Support;

use App\Events\ThumbnailFrameExtracted;
use App\Media\ProgressBroadcaster;

trait ReportsProgress
{
    protected function progressListener(): \Closure
    {
        $broadcaster = app(ProgressBroadcaster::class);

        return function (ThumbnailFrameExtracted $event) use ($broadcaster): void {
            if ($event->videoId !== $this->videoId) {
                return;
            }
            $broadcaster->send("private-uploads.{$this->uploaderId}", [
                'video' => $this->videoId,
                'title' => $this->meta['title'] ?? '',
                'step' => 'thumbnails',
                'percent' => (int) round($event->frame / $event->of * 100),
                'preview' => $event->path,
            ]);
        };
    }
}
