<?php

declare(strict_types=1);

namespace App\Streaming;

/**
 * Fans build log lines out to browsers watching a job (server-sent events)
 * and archives them in chunks so small writes do not hit object storage.
 */
final class LogStreamHub
{
    /** @var array<string, list<string>> */
    private array $pending = [];

    /** @var array<string, int> */
    private array $pendingBytes = [];

    /** @var array<string, array<int, \Closure(string): bool>> */
    private array $viewers = [];

    public function __construct(
        private readonly ArchiveWriter $archive,
        private readonly int $chunkBytes = 4096,
    ) {
    }

    public function write(string $channel, string $line): void
    {
        $line = rtrim($line, "\r\n");
        $this->pending[$channel][] = $line; // leak
        $this->pendingBytes[$channel] = ($this->pendingBytes[$channel] ?? 0) + strlen($line) + 1; // leak

        foreach ($this->viewers[$channel] ?? [] as $fd => $push) {
            if (!$push("data: " . $line . "\n\n")) {
                unset($this->viewers[$channel][$fd]);
            }
        }

        if ($this->pendingBytes[$channel] >= $this->chunkBytes) {
            $this->flush($channel);
        }
    }

    /** @param \Closure(string): bool $push */
    public function watch(string $channel, int $fd, \Closure $push): void
    {
        $this->viewers[$channel][$fd] = $push;
    }

    public function finish(string $channel, int $exitCode): void
    {
        $this->write($channel, sprintf("\e[0K%s with exit code %d", $exitCode === 0 ? 'Job succeeded' : 'ERROR: Job failed', $exitCode));
        foreach ($this->viewers[$channel] ?? [] as $push) {
            $push("event: end\ndata: {$exitCode}\n\n");
        }
        unset($this->viewers[$channel]);
    }

    private function flush(string $channel): void
    {
        $this->archive->append($channel, implode("\n", $this->pending[$channel]) . "\n");
        unset($this->pending[$channel], $this->pendingBytes[$channel]);
    }
}
