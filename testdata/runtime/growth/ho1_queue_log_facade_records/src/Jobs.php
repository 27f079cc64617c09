<?php

namespace Acme\Jobs;

use Acme\Support\Facades\Log;

final class ResizeImage
{
    public function __construct(
        public readonly string $path,
        public readonly int $width,
        public readonly int $height,
        public readonly string $uploadedBy,
    ) {}
}

final class ResizeImageHandler
{
    public function handle(ResizeImage $job): void
    {
        Log::info('Resizing {path} to {width}x{height} for {user}', [
            'path' => $job->path,
            'width' => $job->width,
            'height' => $job->height,
            'user' => $job->uploadedBy,
        ]);
        $variants = [];
        foreach ([1, 2] as $density) {
            $variants[] = sprintf('%s@%dx.webp', substr($job->path, 0, -4), $density);
        }
        if (count($variants) > 1) {
            Log::info('Stored {count} variants of {path}', ['count' => count($variants), 'path' => $job->path]);
        }
    }
}
