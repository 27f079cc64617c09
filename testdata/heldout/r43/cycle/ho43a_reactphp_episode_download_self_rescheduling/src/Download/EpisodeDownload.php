<?php

namespace Podcast\Download;

use Podcast\Feed\Episode;

final class EpisodeDownload
{
    public int $received = 0;

    /** @var list<string> */
    public array $chunkEtags = [];

    private \HashContext $digest;

    public function __construct(public readonly Episode $episode, public readonly int $chunkSize)
    {
        $this->digest = hash_init('sha256');
    }

    public function append(string $chunk, string $etag): void
    {
        hash_update($this->digest, $chunk);
        $this->received += strlen($chunk);
        $this->chunkEtags[] = $etag;
    }

    public function complete(): bool
    {
        return $this->received >= $this->episode->enclosureLength;
    }

    public function nextRange(): array
    {
        return [$this->received, min($this->received + $this->chunkSize, $this->episode->enclosureLength) - 1];
    }

    public function checksum(): string
    {
        return hash_final(hash_copy($this->digest));
    }
}
