<?php

declare(strict_types=1);

namespace App\Media;

/**
 * Wraps `ffmpeg -ss <t> -frames:v 1`; the process call is stubbed and each
 * frame comes back as a small JPEG-like blob.
 */
final class FrameExtractor
{
    public function __construct(private string $ffmpeg)
    {
    }

    /**
     * @param list<float> $timestamps
     * @return \Generator<int, string>
     */
    public function extract(string $source, array $timestamps): \Generator
    {
        foreach ($timestamps as $i => $seconds) {
            yield $i => sprintf("\xFF\xD8%s|%s|%.2f\xFF\xD9", $this->ffmpeg, $source, $seconds);
        }
    }
}
