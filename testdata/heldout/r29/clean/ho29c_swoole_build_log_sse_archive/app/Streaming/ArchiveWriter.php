<?php

declare(strict_types=1);

namespace App\Streaming;

/** Appends finished log chunks to object storage (trace.log per job). */
final class ArchiveWriter
{
    public int $chunks = 0;
    public int $bytes = 0;

    public function append(string $channel, string $chunk): void
    {
        $key = sprintf('logs/%s/trace.log', str_replace('.', '/', $channel));
        // stand-in for $this->filesystem->append($key, $chunk)
        $this->chunks++;
        $this->bytes += strlen($key) + strlen($chunk);
    }
}
