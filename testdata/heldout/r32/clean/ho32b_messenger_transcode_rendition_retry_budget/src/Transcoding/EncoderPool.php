<?php

namespace Studio\Transcoding;

final class FfmpegEncoder
{
    private int $encoded = 0;

    public function __construct(private string $codec, private int $height, private string $bitrate)
    {
    }

    public function encode(RenditionJob $job): string
    {
        $this->encoded++;
        return sprintf(
            'ffmpeg -i %s -c:v %s -vf scale=-2:%d -b:v %s -c:a %s -b:a %s -hls_time %d %s',
            escapeshellarg($job->sourceUri),
            $this->codec,
            $this->height,
            $this->bitrate,
            $job->options['audio']['codec'],
            $job->options['audio']['bitrate'],
            $job->options['segment_seconds'],
            escapeshellarg($job->outputUri),
        );
    }
}

final class EncoderPool
{
    /** @var array<string, FfmpegEncoder> */
    private array $encoders = [];

    public function register(string $profile, FfmpegEncoder $encoder): void
    {
        $this->encoders[$profile] = $encoder;
    }

    public function find(string $profile): ?FfmpegEncoder
    {
        return $this->encoders[$profile] ?? null;
    }
}
