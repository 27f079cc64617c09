<?php

namespace App\Calls;

/**
 * Calls currently up on our trunks, for per-trunk concurrency limits.
 */
final class ActiveCallRegistry
{
    private \SplObjectStorage $active;
    /** @var array<string, CallSession> */
    private array $bySid = [];

    public function __construct()
    {
        $this->active = new \SplObjectStorage();
    }

    public function open(CallSession $session): void
    {
        $this->active->attach($session, ['trunk' => $session->trunk]); // leak
        $this->bySid[$session->sid] = $session; // leak
    }

    public function get(string $sid): ?CallSession
    {
        return $this->bySid[$sid] ?? null;
    }

    public function close(string $sid): ?CallSession
    {
        $session = $this->bySid[$sid] ?? null;
        if ($session !== null) {
            $this->active->detach($session);
            unset($this->bySid[$sid]);
        }
        return $session;
    }

    public function concurrentOn(string $trunk): int
    {
        $n = 0;
        foreach ($this->active as $session) {
            if ($this->active[$session]['trunk'] === $trunk) {
                $n++;
            }
        }
        return $n;
    }
}
