<?php

namespace Studio\Transcoding;

use Studio\Message\TranscodeVideo;

final class RenditionJob
{
    public function __construct(
        public readonly string $videoId,
        public readonly string $sourceUri,
        public readonly string $profile,
        public readonly string $outputUri,
        public readonly array $options,
        public readonly int $attempts = 0,
    ) {
    }

    public static function fromMessage(TranscodeVideo $message, string $profile): self
    {
        return new self(
            $message->videoId,
            $message->sourceUri,
            $profile,
            sprintf('s3://studio-renditions/%s/%s/%s.mp4', $message->channelId, $message->videoId, $profile),
            [
                'duration' => $message->durationSeconds,
                'segment_seconds' => 6,
                'requested_at' => $message->requestedAt,
                'audio' => ['codec' => 'aac', 'bitrate' => '128k', 'channels' => 2],
            ],
        );
    }

    public function retried(): self
    {
        return new self($this->videoId, $this->sourceUri, $this->profile, $this->outputUri, $this->options, $this->attempts + 1);
    }
}
