<?php

declare(strict_types=1);

namespace Port\Telemetry;

/**
 * Live crane links of this worker and their per-connection statistics.
 */
final class CraneLinkRegistry
{
    private CraneLinkStorage $links;
    /** @var array<int,CraneLink> */
    private array $byFd = [];

    public function __construct()
    {
        $this->links = new CraneLinkStorage();
    }

    public function open(CraneLink $link, int $now): void
    {
        $this->byFd[$link->fd] = $link;
        $this->links->attach($link, new LinkStats($now));
    }

    public function statsFor(int $fd): ?LinkStats
    {
        $link = $this->byFd[$fd] ?? null;

        return $link !== null && $this->links->contains($link) ? $this->links[$link] : null;
    }

    public function close(int $fd): void
    {
        $link = $this->byFd[$fd] ?? null;
        if ($link === null) {
            return;
        }
        unset($this->byFd[$fd]);
        $this->forget(new CraneLink($fd, $link->craneId));
    }

    private function forget(CraneLink $link): void
    {
        $this->links->detach($link);
    }

    public function count(): int
    {
        return count($this->byFd);
    }
}
