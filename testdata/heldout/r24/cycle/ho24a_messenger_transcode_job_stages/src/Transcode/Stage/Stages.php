<?php

declare(strict_types=1);

namespace App\Transcode\Stage;

final class ProbeStage extends AbstractStage
{
    public function name(): string
    {
        return 'probe';
    }

    public function run(): string
    {
        $job = $this->pipeline->job;

        return json_encode([
            'source' => $job->sourceUri,
            'duration' => 60 + crc32($job->videoId) % 3600,
            'streams' => ['video' => 'h264', 'audio' => 'aac'],
        ]);
    }
}

final class EncodeStage extends AbstractStage
{
    public function name(): string
    {
        return 'encode';
    }

    public function run(): string
    {
        $probe = json_decode($this->pipeline->artifact('probe') ?? '{}', true);
        $commands = [];
        foreach ($this->pipeline->job->renditions as $rendition) {
            $commands[] = sprintf(
                'ffmpeg -i %s -c:v %s -preset %s -vf scale=-2:%d %s/%s.mp4',
                $probe['source'] ?? $this->pipeline->job->sourceUri,
                $this->options['codec'] ?? 'libx264',
                $this->options['preset'] ?? 'veryfast',
                (int) $rendition,
                $this->workdir(),
                $rendition,
            );
        }

        return implode("\n", $commands);
    }
}

final class PackageStage extends AbstractStage
{
    public function name(): string
    {
        return 'package';
    }

    public function run(): string
    {
        $lines = ['#EXTM3U', '#EXT-X-VERSION:6'];
        foreach ($this->pipeline->job->renditions as $rendition) {
            $lines[] = sprintf('#EXT-X-STREAM-INF:RESOLUTION=%dp', (int) $rendition);
            $lines[] = sprintf('%s/%s/index.m3u8', $this->options['segment_prefix'] ?? 'hls', $rendition);
        }

        return implode("\n", $lines);
    }
}
