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
        $this->pending[] = $hook; // leak
    }

    public function run(string $location): int
    {
        $ran = 0;
        foreach ($this->pending as $hook) {
            $hook($location);
            $ran++;
        }
        return $ran;
    }
}
