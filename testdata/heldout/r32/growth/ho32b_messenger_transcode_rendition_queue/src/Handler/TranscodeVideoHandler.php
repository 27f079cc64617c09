<?php

namespace Studio\Handler;

use Studio\Message\TranscodeVideo;
use Studio\Transcoding\RenditionJob;
use Studio\Transcoding\RenditionScheduler;

final class TranscodeVideoHandler
{
    public function __construct(private RenditionScheduler $scheduler)
    {
    }

    public function __invoke(TranscodeVideo $message): int
    {
        foreach ($message->profiles as $profile) {
            $this->scheduler->schedule(RenditionJob::fromMessage($message, $profile));
        }
        return $this->scheduler->runReady();
    }
}
