<?php

namespace Podcasts\Transcode;

final class Transcoder
{
    private int $renditions = 0;

    public function run(TranscodeJob $job): array
    {
        $outputs = [];
        foreach ($job->profiles as $profile) {
            $outputs[$profile] = sprintf('s3://podcast-renditions/%s/%s.%s', $job->episode->showSlug, sha1($job->episode->guid), $profile);
            $this->renditions++;
        }

        return $outputs;
    }
}
