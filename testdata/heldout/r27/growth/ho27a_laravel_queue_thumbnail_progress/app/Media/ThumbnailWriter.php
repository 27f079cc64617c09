<?php

declare(strict_types=1);

namespace App\Media;

final class ThumbnailWriter
{
    private int $bytesWritten = 0;

    public function __construct(private string $disk)
    {
    }

    public function write(int $videoId, int $index, string $jpeg): string
    {
        $this->bytesWritten += strlen($jpeg);

        return sprintf('%s/videos/%d/thumbs/%02d.jpg', $this->disk, $videoId, $index);
    }
}
