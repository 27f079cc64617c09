<?php

namespace Podcast\Download;

final class DownloadStats
{
    private int $episodes = 0;
    private int $bytes = 0;
    private ?string $lastChecksum = null;

    public function record(array $result): void
    {
        $this->episodes++;
        $this->bytes += $result['bytes'];
        $this->lastChecksum = $result['sha256'];
    }
}
