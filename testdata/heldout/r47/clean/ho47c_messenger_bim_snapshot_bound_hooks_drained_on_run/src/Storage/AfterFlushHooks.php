<?php

namespace App\Storage;

/**
 * Unit-of-work style "after flush" callbacks: code that must only run once
 * the snapshot row and the object-store upload have both committed.
 */
final class AfterFlushHooks
{
    /** @var list<\Closure(string): void> */
    private array $pending = [];

    public function add(\Closure $hook): void
    {
        $this->pending[] = $hook;
    }

    /** Runs the hooks queued since the last flush, each exactly once. */
    public function run(string $location): int
    {
        $hooks = $this->pending;
        $this->pending = [];
        $ran = 0;
        foreach ($hooks as $hook) {
            $hook($location);
            $ran++;
        }
        return $ran;
    }
}
