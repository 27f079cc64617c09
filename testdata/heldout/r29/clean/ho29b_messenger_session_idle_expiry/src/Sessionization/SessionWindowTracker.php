<?php

namespace App\Sessionization;

use App\Clock\SystemClock;

final class SessionWindowTracker
{
    /** @var array<string, OpenSession> */
    private array $open = [];
    private ?int $lastSweepAt = null;
    private int $lastSweepWallMs = 0;

    public function __construct(
        private SessionSummarySink $sink,
        private SystemClock $clock,
        private int $idleTimeout = 1800,
        private int $sweepEvery = 300,
    ) {
    }

    public function record(string $visitorId, int $at, string $path, string $event, array $attribution): void
    {
        $session = $this->open[$visitorId] ?? null;
        if ($session !== null && $session->isIdleAt($at, $this->idleTimeout)) {
            $this->close($visitorId);
            $session = null;
        }
        if ($session === null) {
            $session = $this->startSession($visitorId, $at, $path, $attribution);
        }
        $session->touch($at, $path, $event);

        $this->maybeSweep($at);
    }

    private function startSession(string $visitorId, int $at, string $path, array $attribution): OpenSession
    {
        $sessionId = sprintf('%s.%d', $visitorId, $at);

        return $this->open[$visitorId] = new OpenSession($sessionId, $visitorId, $at, $path, $attribution);
    }

    private function maybeSweep(int $at): void
    {
        if ($this->lastSweepAt !== null && $at - $this->lastSweepAt < $this->sweepEvery) {
            return;
        }
        foreach ($this->open as $visitorId => $session) {
            if ($session->isIdleAt($at, $this->idleTimeout)) {
                $this->close($visitorId);
            }
        }
        $this->lastSweepAt = $at;
        $this->lastSweepWallMs = $this->clock->nowMs();
    }

    private function close(string $visitorId): void
    {
        $this->sink->emit($this->open[$visitorId]);
        unset($this->open[$visitorId]);
    }

    public function sweepLagMs(): int
    {
        return $this->lastSweepWallMs === 0 ? 0 : $this->clock->nowMs() - $this->lastSweepWallMs;
    }

    public function openCount(): int
    {
        return count($this->open);
    }
}
